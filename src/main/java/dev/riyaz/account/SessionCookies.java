package dev.riyaz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/** The browser's session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS or when configured. */
@ApplicationScoped
class SessionCookies {

    private final SessionService sessions;

    SessionCookies(SessionService sessions) {
        this.sessions = sessions;
    }

    NewCookie issue(String secret, UriInfo uri) {
        return build(secret, (int) sessions.lifetime().toSeconds(), uri);
    }

    NewCookie clear(UriInfo uri) {
        return build("", 0, uri);
    }

    private NewCookie build(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(RiyazAuthMechanism.SESSION_COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(sessions.secureCookies()
                        || "https".equals(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
