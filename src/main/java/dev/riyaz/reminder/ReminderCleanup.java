package dev.riyaz.reminder;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its reminders (and their snoozes) go; its mail settings live on the account row itself. */
@ApplicationScoped
class ReminderCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(92) AccountDeleting account) {
        Reminder.delete("ownerId", account.userId());
    }
}
