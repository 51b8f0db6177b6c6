package dev.riyaz.circle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/**
 * When an account goes, the person leaves every circle: their shares and invite links go with them, and a circle they
 * owned passes to the longest-standing organiser, else member, else it closes.
 */
@ApplicationScoped
class CircleCleanup {

    private final CircleMembers members;

    CircleCleanup(CircleMembers members) {
        this.members = members;
    }

    /** Runs inside the account's deletion, before goals go (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(91) AccountDeleting account) {
        members.removeEverywhere(account.userId());
    }
}
