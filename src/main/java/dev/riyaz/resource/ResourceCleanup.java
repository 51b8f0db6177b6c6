package dev.riyaz.resource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;

/** When an account goes, its library goes: how far through each link it was, which goals each served, the links. */
@ApplicationScoped
class ResourceCleanup {

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(93) AccountDeleting account) {
        ResourceProgress.delete("resourceId in (select r.id from Resource r where r.ownerId = ?1)", account.userId());
        Resource.delete("ownerId", account.userId());
    }
}
