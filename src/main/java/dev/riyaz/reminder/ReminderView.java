package dev.riyaz.reminder;

import java.time.Instant;
import java.util.List;

import dev.riyaz.common.Weekdays;

/**
 * A goal reminder in the shape of the API; {@code nextFireAt} is null while it is off; {@code channels} says where it
 * goes ({@code ["mail"]}, {@code ["push"]} or both).
 */
public record ReminderView(
        long id,
        long goalId,
        String time,
        List<String> days,
        boolean onlyIfNotDone,
        boolean enabled,
        Instant nextFireAt,
        List<String> channels) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(
                reminder.id,
                reminder.goalId,
                Times.format(reminder.time),
                reminder.dayset().stream().map(Weekdays::format).toList(),
                reminder.onlyIfNotDone,
                reminder.enabled,
                reminder.nextFireAt,
                Channels.of(reminder.channels));
    }
}
