package dev.riyaz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The browser's session cookie (HttpOnly, SameSite=Lax) and its known-device cookie (HttpOnly, SameSite=Strict: only
 * Riyaz's own log-in form needs it), both Secure over HTTPS or when configured.
 */
@ApplicationScoped
class SessionCookies {

    private final SessionService sessions;

    SessionCookies(SessionService sessions) {
        this.sessions = sessions;
    }

    /** A known-device cookie lasts 400 days, the longest browsers keep a cookie. */
    private static final int DEVICE_MAX_AGE = 400 * 24 * 3600;

    NewCookie[] issue(SessionService.NewSession session, UriInfo uri) {
        NewCookie cookie = issue(session.secret(), uri);
        return session.device()
                .map(device -> new NewCookie[] {cookie, device(device, uri)})
                .orElse(new NewCookie[] {cookie});
    }

    NewCookie issue(String secret, UriInfo uri) {
        return build(secret, (int) sessions.lifetime().toSeconds(), uri);
    }

    private NewCookie device(String secret, UriInfo uri) {
        return new NewCookie.Builder(LoginClients.DEVICE_COOKIE)
                .value(secret)
                .path("/")
                .maxAge(DEVICE_MAX_AGE)
                .httpOnly(true)
                .secure(secure(uri))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    private boolean secure(UriInfo uri) {
        return sessions.secureCookies() || "https".equals(uri.getRequestUri().getScheme());
    }

    /**
     * Sent when a person leaves this browser (Log out, account deletion): the browser removes what the site kept on
     * the device, the copy of Today and practice waiting to be sent (Cache Storage, IndexedDB) with the service worker,
     * and its HTTP cache, so the next person on the phone sees none of it.
     */
    static final String CLEAR_SITE_DATA = "Clear-Site-Data";

    static final String CLEAR_KEPT_PAGES = "\"cache\", \"storage\"";

    NewCookie clear(UriInfo uri) {
        return build("", 0, uri);
    }

    private NewCookie build(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(RiyazAuthMechanism.SESSION_COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure(uri))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
