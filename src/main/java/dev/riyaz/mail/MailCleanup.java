package dev.riyaz.mail;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, all its mail goes: kept, waiting, failed and sent. */
@ApplicationScoped
class MailCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(97) AccountDeleting account) {
        OutboxMail.delete("ownerId", account.userId());
    }
}
