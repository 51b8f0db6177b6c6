package dev.riyaz.push;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its devices go: nothing is pushed to them again. */
@ApplicationScoped
class PushCleanup {

    /** Runs inside the account's deletion, just before mail's (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(96) AccountDeleting account) {
        PushDevice.delete("userId", account.userId());
    }
}
