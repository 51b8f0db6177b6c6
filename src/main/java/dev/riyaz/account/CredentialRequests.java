package dev.riyaz.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What the HTTP layer found on a request: a session cookie secret or a personal access token. */
final class CredentialRequests {

    private CredentialRequests() {}

    static final class SessionCookie extends BaseAuthenticationRequest {
        final String secret;

        SessionCookie(String secret) {
            this.secret = secret;
        }
    }

    static final class BearerToken extends BaseAuthenticationRequest {
        final String secret;

        BearerToken(String secret) {
            this.secret = secret;
        }
    }
}
