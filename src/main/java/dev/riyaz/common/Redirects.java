package dev.riyaz.common;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.ws.rs.core.Response;

/** Post/redirect/get for pages, and the check that a "next" address stays on this site. */
public final class Redirects {

    private Redirects() {}

    public static Response to(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * The address if it is a well-formed path on this site, otherwise the fallback: no open redirects, and nothing
     * (a space, a quote, a line break) that cannot stand in a {@code Location} header.
     */
    public static String local(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return fallback;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : fallback;
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
