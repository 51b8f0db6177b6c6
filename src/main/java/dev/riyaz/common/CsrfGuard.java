package dev.riyaz.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses every state-changing request a browser could be tricked into sending: a POST, PUT, PATCH or DELETE must
 * carry the token of the {@code csrf-token} cookie, whatever its content type and also with no body. Pages send it as
 * the {@code csrf-token} form field (or the {@code X-CSRF-Token} header); the JSON API, when signed in with the session
 * cookie, only in the header, which no other site can set. Not checked: requests with a personal access token
 * ({@code Authorization: Bearer}) or HTTP Basic on token creation, which no browser adds by itself; API requests
 * without a session cookie, which are not signed in; and the two signed links that are posted to without a session:
 * RFC 8058 one-click unsubscribes ({@code /u/{token}}) and a push reminder's Done button ({@code /p/log/{token}}, posted
 * by the service worker with its credentials left out), where the signed link is the proof. Nothing else under
 * {@code /u/} or {@code /p/} is let through. quarkus-rest-csrf issues the token; it checks form bodies only.
 */
@Singleton
class CsrfGuard {

    static final String COOKIE = "csrf-token";
    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_COOKIE = "riyaz_session";
    private static final String FORM_CHECK = "riyaz.csrf.form-check";
    private static final String FORM_PASSED = "riyaz.csrf.form-passed";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /**
     * RFC 8058 one-click unsubscribe ({@code POST /u/{signed link}}) and a push notification's Done
     * ({@code POST /p/log/{signed link}}), see the reminder feature.
     */
    private static final Pattern SIGNED_LINK = Pattern.compile("/u/[^/]+|/p/log/[^/]+");

    /** Right after the security headers, before any other check: a forged request learns nothing more. */
    static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
    }

    /** Before the REST layer: decides whether a token is needed and checks it unless it is in a form body. */
    private void screen(RoutingContext rc) {
        if (!needsToken(rc)) {
            rc.next();
            return;
        }
        String header = rc.request().getHeader(HEADER);
        if (header != null || isApi(rc.normalizedPath())) {
            if (matchesCookie(rc, header)) {
                rc.next();
            } else {
                refuse(rc);
            }
        } else if (isForm(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            // The token is a field of the body, which the REST layer reads: checked in checkForm.
            rc.put(FORM_CHECK, Boolean.TRUE);
            rc.next();
        } else {
            refuse(rc);
        }
    }

    /** A form body's token, read once the REST layer has read the form. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @WithFormRead
    public void checkForm(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        if (!Boolean.TRUE.equals(rc.get(FORM_CHECK))) {
            return;
        }
        if (!matchesCookie(rc, formToken(request))) {
            throw new ApiException(403, Messages.get("csrf_refused_title"), Messages.get("csrf_refused_page"));
        }
        rc.put(FORM_PASSED, Boolean.TRUE);
    }

    /**
     * quarkus-rest-csrf checks form bodies too, and may come first: its refusal is a bare 400. Said here as the same
     * clear 403 page as every other refusal.
     */
    @ServerResponseFilter
    public void explainRefusal(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        if (!Boolean.TRUE.equals(rc.get(FORM_CHECK))
                || Boolean.TRUE.equals(rc.get(FORM_PASSED))
                || response.getStatus() != 400
                || request instanceof ResteasyReactiveContainerRequestContext form
                        && matchesCookie(rc, formToken(form))) {
            return;
        }
        Problem problem = Problem.of(403, Messages.get("csrf_refused_title"), Messages.get("csrf_refused_page"));
        response.setStatus(403);
        response.setEntity(ErrorPage.render(problem), null, MediaType.valueOf("text/html;charset=UTF-8"));
    }

    private static String formToken(ResteasyReactiveContainerRequestContext request) {
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(FIELD, true, false);
        return field instanceof String token ? token : null;
    }

    private static boolean needsToken(RoutingContext rc) {
        if (SAFE_METHODS.contains(rc.request().method().name())) {
            return false;
        }
        String path = rc.normalizedPath();
        if (SIGNED_LINK.matcher(path).matches()) {
            return false;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (hasScheme(authorization, "bearer ")) {
            return false;
        }
        if (isApi(path)) {
            if (hasScheme(authorization, "basic ") && path.equals("/api/v1/tokens")) {
                return false;
            }
            Cookie session = rc.request().getCookie(SESSION_COOKIE);
            return session != null && !session.getValue().isBlank();
        }
        return true;
    }

    private static boolean matchesCookie(RoutingContext rc, String token) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie == null || token == null || cookie.getValue().isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), token.trim().getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext rc) {
        boolean api = isApi(rc.normalizedPath());
        Problem problem = Problem.of(
                403, Messages.get("csrf_refused_title"), Messages.get(api ? "csrf_refused_api" : "csrf_refused_page"));
        rc.response()
                .setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8")
                .end(api ? Json.encode(problem) : ErrorPage.render(problem));
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static boolean hasScheme(String authorization, String scheme) {
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
