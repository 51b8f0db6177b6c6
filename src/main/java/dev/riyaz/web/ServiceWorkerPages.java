package dev.riyaz.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.vertx.core.json.Json;

import dev.riyaz.common.Assets;
import dev.riyaz.common.Hashes;
import dev.riyaz.common.Messages;

/**
 * The service worker, at the site's root so that it may serve every page: it keeps the app's files and the last
 * Today page on the phone, and shows that page when the network is gone. Its script is the worker's code after a
 * list of the versioned addresses of the app's files, so any changed file changes the worker's bytes and the phone
 * takes the new version on its next visit. Never kept long by the browser ({@code no-cache}): it asks each time. The
 * words the worker shows itself (a push reminder's "Logged") come before its code, from {@code messages.properties}.
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

    /** The worker's own words: its name for each, and the message key it is read from. */
    private static final Map<String, String> TEXTS = Map.of("logged", "push_sw_logged", "failed", "push_sw_failed");

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
            String texts = texts();
            String version = Hashes.sha256(shell + texts + code).substring(0, 16);
            made = "// Riyaz's service worker, made by the server: the app's files of this version, its words, then"
                    + " its code.\n"
                    + "const VERSION = \"" + version + "\";\n"
                    + "const SHELL = [\n  " + shell + "\n];\n"
                    + "const TEXTS = " + texts + ";\n"
                    + code;
            script = made;
        }
        return made;
    }

    private static String texts() {
        Map<String, String> words = new LinkedHashMap<>();
        TEXTS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(text -> words.put(text.getKey(), Messages.get(text.getValue())));
        return Json.encode(words);
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
