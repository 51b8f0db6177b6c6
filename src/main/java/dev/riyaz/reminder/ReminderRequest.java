package dev.riyaz.reminder;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A goal reminder as clients send it. {@code time} is {@code HH:MM}, local to the person; {@code days} default to
 * every day, {@code onlyIfNotDone} and {@code enabled} to true.
 */
public record ReminderRequest(
        String time,
        @Size(max = 7, message = "Use each weekday at most once: at most 7 days.") List<String> days,
        Boolean onlyIfNotDone,
        Boolean enabled) {}
