package dev.riyaz.calendar;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its calendar link goes: calendars that used it get nothing more. */
@ApplicationScoped
class CalendarCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(91) AccountDeleting account) {
        CalendarFeed.delete("ownerId", account.userId());
    }
}
