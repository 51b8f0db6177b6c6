package dev.riyaz.account;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a session cookie or an access token into the signed-in person, checking the database on every request (one
 * indexed read, see {@link SignInLookup}), so a revoked token or ended session stops working at once on every node.
 */
final class RiyazIdentityProviders {

    private RiyazIdentityProviders() {}

    static Uni<SecurityIdentity> resolve(
            AuthenticationRequestContext context, Supplier<Optional<AuthenticatedUser>> lookup) {
        return context.runBlocking(() ->
                lookup.get().map(RiyazIdentityProviders::identity).orElseThrow(AuthenticationFailedException::new));
    }

    private static SecurityIdentity identity(AuthenticatedUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Long.toString(user.id())))
                .addRole("user")
                .addAttribute(CurrentUser.ATTRIBUTE, user)
                .build();
    }

    @ApplicationScoped
    static class Sessions implements IdentityProvider<CredentialRequests.SessionCookie> {

        private final SessionService sessions;

        Sessions(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<CredentialRequests.SessionCookie> getRequestType() {
            return CredentialRequests.SessionCookie.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                CredentialRequests.SessionCookie request, AuthenticationRequestContext context) {
            return resolve(context, () -> sessions.authenticate(request.secret));
        }
    }

    @ApplicationScoped
    static class Tokens implements IdentityProvider<CredentialRequests.BearerToken> {

        private final TokenService tokens;

        Tokens(TokenService tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<CredentialRequests.BearerToken> getRequestType() {
            return CredentialRequests.BearerToken.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                CredentialRequests.BearerToken request, AuthenticationRequestContext context) {
            return resolve(context, () -> tokens.authenticate(request.secret));
        }
    }
}
