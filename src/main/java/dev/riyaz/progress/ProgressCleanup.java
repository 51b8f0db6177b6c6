package dev.riyaz.progress;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, the stats kept for its goals go. */
@ApplicationScoped
class ProgressCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(94) AccountDeleting account) {
        GoalStatsCache.delete("ownerId", account.userId());
    }
}
