package dev.riyaz.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person of the current request; resources and pages ask it instead of reading security details. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    static final String ATTRIBUTE = "riyaz.user";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The signed-in person; a 401 (or a redirect to log in, for pages) when there is none. */
    public AuthenticatedUser get() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    /** For templates: whether someone is signed in. */
    public boolean signedIn() {
        return find().isPresent();
    }

    public Optional<AuthenticatedUser> find() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }
}
