package dev.riyaz.reminder;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A goal reminder as clients send it. {@code time} is {@code HH:MM}, local to the person; {@code days} default to
 * every day, {@code onlyIfNotDone} and {@code enabled} to true, {@code channels} to {@code ["mail"]}.
 */
public record ReminderRequest(
        String time,
        @Size(max = 7, message = "Use each weekday at most once: at most 7 days.") List<String> days,
        Boolean onlyIfNotDone,
        Boolean enabled,
        List<String> channels) {

    /** A reminder by mail (the default channel). */
    public ReminderRequest(String time, List<String> days, Boolean onlyIfNotDone, Boolean enabled) {
        this(time, days, onlyIfNotDone, enabled, null);
    }
}
