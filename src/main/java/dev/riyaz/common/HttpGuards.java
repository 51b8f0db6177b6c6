package dev.riyaz.common;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before every request: refuses bodies over 1 MiB (32 MiB for imports) with a problem+json answer, whether they
 * say their length or come chunked (the HTTP layer's own limit, set to the import limit, only closes with an empty
 * 413), refuses an API body that does not say its type (415) and a multipart body without a boundary (400), and
 * puts the security headers on every response.
 */
@Singleton
class HttpGuards {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    /** A whole account or a years-long Loop export: kept in step with quarkus.http.limits.max-body-size. */
    static final long MAX_IMPORT_BYTES = 32L * 1024 * 1024;

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Settings, Mail shows each mail as it will arrive, in a sandboxed frame (no scripts) whose document inherits this
     * page's policy: the mail's inline {@code style} attributes may apply there, nothing else is loosened.
     */
    static final String MAIL_STYLES = "style-src-attr 'unsafe-inline'";

    /** First the security headers (on every answer, refusals too), then {@link CsrfGuard}, then the body checks. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(v -> addSecurityHeaders(rc));
            rc.next();
        });
        router.route().order(CsrfGuard.ORDER + 1).handler(this::guard);
    }

    private void guard(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean upload = isImport(rc.normalizedPath());
        long limit = upload ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length, limit)) {
            refuseTooLarge(rc, upload);
        } else if (RequestBodies.untypedApiBody(rc, length)) {
            refuse(rc, Problem.of(415, "Unsupported Media Type", "Send JSON with 'Content-Type: application/json'."));
        } else if (RequestBodies.multipartWithoutBoundary(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            // Without a boundary the form reader finds no fields at all, and the page would act on an empty form.
            refuse(rc, Problem.of(400, "Bad request", "A multipart body needs a boundary in its Content-Type."));
        } else if (length == null && !upload && RequestBodies.hasBody(request)) {
            // Imports keep the HTTP layer's own reading, held to its limit.
            RequestBodies.readCounted(rc, MAX_BODY_BYTES, () -> refuseTooLarge(rc, false));
        } else {
            rc.next();
        }
    }

    private static void refuseTooLarge(RoutingContext rc, boolean upload) {
        refuse(
                rc,
                Problem.of(
                        413,
                        "Payload too large",
                        upload ? "The file is larger than 32 MiB." : "The request body is larger than 1 MiB."));
    }

    private static void refuse(RoutingContext rc, Problem problem) {
        if (rc.response().ended()) {
            return;
        }
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }

    static boolean showsMail(String path) {
        return path.equals("/settings/mail");
    }

    static boolean isImport(String path) {
        return path.equals("/api/v1/import") || path.startsWith("/settings/import");
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void addSecurityHeaders(RoutingContext rc) {
        var headers = rc.response().headers();
        if (!rc.normalizedPath().startsWith("/q/swagger-ui")) {
            headers.set(
                    "Content-Security-Policy",
                    showsMail(rc.normalizedPath())
                            ? CONTENT_SECURITY_POLICY + "; " + MAIL_STYLES
                            : CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
