package dev.riyaz.common;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Post/redirect/get for pages, and the check that a "next" address stays on this site. */
public final class Redirects {

    private Redirects() {}

    public static Response to(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The address if it is a path on this site, otherwise the fallback (no open redirects). */
    public static String local(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return fallback;
        }
        return next;
    }
}
