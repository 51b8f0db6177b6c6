package dev.riyaz.common;

import java.util.Locale;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** What {@link HttpGuards} asks of a request's body before Quarkus REST reads it. */
final class RequestBodies {

    private RequestBodies() {}

    /**
     * Reads a body of unknown length (chunked), counting, and refuses it once it passes the limit; what arrived is
     * handed on as the request body, which Quarkus REST reads instead of the connection.
     */
    static void readCounted(RoutingContext rc, long limit, Runnable refuse) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            rc.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse.run();
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    /** A body on HTTP/1.1 (the only version Riyaz speaks: quarkus.http.http2=false) has a length or is chunked. */
    static boolean hasBody(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** The JSON API takes bodies in JSON only: a body that does not say what it is is not read as JSON. */
    static boolean untypedApiBody(RoutingContext rc, String length) {
        HttpServerRequest request = rc.request();
        if (!rc.normalizedPath().startsWith("/api/") || request.getHeader(HttpHeaders.CONTENT_TYPE) != null) {
            return false;
        }
        HttpMethod method = request.method();
        if (!(method.equals(HttpMethod.POST) || method.equals(HttpMethod.PUT) || method.equals(HttpMethod.PATCH))) {
            return false;
        }
        // Over HTTP/2 a request without a length may still have no body: only a length or chunks say there is one.
        return length == null
                ? request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                : !length.trim().equals("0");
    }

    /** A multipart Content-Type without a boundary: the form reader would find no fields in the body at all. */
    static boolean multipartWithoutBoundary(String contentType) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2
                    && pair[0].trim().equalsIgnoreCase("boundary")
                    && !pair[1].trim().replace("\"", "").isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
