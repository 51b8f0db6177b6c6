package dev.riyaz.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import dev.riyaz.common.Assets;
import dev.riyaz.common.Hashes;

/**
 * The service worker, at the site's root so that it may serve every page: it keeps the app's files and the last
 * Today page on the phone, and shows that page when the network is gone. Its script is the worker's code after a
 * list of the versioned addresses of the app's files, so any changed file changes the worker's bytes and the phone
 * takes the new version on its next visit. Never kept long by the browser ({@code no-cache}): it asks each time.
 */
@Path(WebRoutes.SERVICE_WORKER)
public class ServiceWorkerPages {

    static final String MEDIA_TYPE = "text/javascript;charset=UTF-8";

    /** The files every page needs: kept on the phone when the worker installs. */
    static final List<String> SHELL = List.of(
            "/css/riyaz.css",
            "/js/riyaz.js",
            "/js/offline.js",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/favicon.ico",
            "/favicon.svg",
            "/apple-touch-icon.png",
            "/icons/icon-192.png");

    private static final String CODE = "web/service-worker.js";

    private static volatile String script;

    @GET
    public Response worker() {
        return Response.ok(script(), MEDIA_TYPE)
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** The whole script: made once, as the files it lists cannot change while the server runs. */
    static String script() {
        String made = script;
        if (made == null) {
            String shell = SHELL.stream()
                    .map(Assets::url)
                    .map(url -> "\"" + url + "\"")
                    .collect(Collectors.joining(",\n  "));
            String code = code();
            String version = Hashes.sha256(shell + code).substring(0, 16);
            made = "// Riyaz's service worker, made by the server: the app's files of this version, then its code.\n"
                    + "const VERSION = \"" + version + "\";\n"
                    + "const SHELL = [\n  " + shell + "\n];\n"
                    + code;
            script = made;
        }
        return made;
    }

    private static String code() {
        try (InputStream in = ServiceWorkerPages.class.getClassLoader().getResourceAsStream(CODE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CODE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
