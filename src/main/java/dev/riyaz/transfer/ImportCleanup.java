package dev.riyaz.transfer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its import files go, finished or not. */
@ApplicationScoped
class ImportCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(91) AccountDeleting account) {
        ImportUpload.delete("ownerId", account.userId());
    }
}
