package dev.riyaz.reminder;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where a goal's reminder page and its forms live: {@link ReminderPages}' paths, relative to {@code ROOT}. Templates
 * write {@code {reminders:delete(page.goal.id, row.reminder.id)}}.
 */
@TemplateExtension(namespace = "reminders")
public final class ReminderRoutes {

    public static final String ROOT = "/goals/{id}/reminders";
    public static final String SWITCH = "{reminderId}/switch";
    public static final String DELETE = "{reminderId}/delete";

    private ReminderRoutes() {}

    /** A goal's reminders; the form for a new one posts here too. */
    public static String reminders(long goalId) {
        return RoutePaths.fill(ROOT, goalId);
    }

    /** Turns a reminder on or off. */
    public static String toggle(long goalId, long reminderId) {
        return RoutePaths.fill(ROOT, SWITCH, goalId, reminderId);
    }

    public static String delete(long goalId, long reminderId) {
        return RoutePaths.fill(ROOT, DELETE, goalId, reminderId);
    }
}
