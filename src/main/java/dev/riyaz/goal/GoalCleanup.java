package dev.riyaz.goal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its goals go, after everything that points at them. */
@ApplicationScoped
class GoalCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(96) AccountDeleting account) {
        Goal.delete("ownerId", account.userId());
    }
}
