package dev.riyaz.reminder;

import java.util.List;

/**
 * A goal reminder as clients send it. {@code time} is {@code HH:MM}, local to the person; {@code days} default to
 * every day, {@code onlyIfNotDone} and {@code enabled} to true.
 */
public record ReminderRequest(String time, List<String> days, Boolean onlyIfNotDone, Boolean enabled) {}
