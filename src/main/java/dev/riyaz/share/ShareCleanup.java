package dev.riyaz.share;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its share links go first: their public pages and badges stop answering. */
@ApplicationScoped
class ShareCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(91) AccountDeleting account) {
        ShareLink.delete("ownerId", account.userId());
    }
}
