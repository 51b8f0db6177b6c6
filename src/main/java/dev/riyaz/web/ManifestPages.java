package dev.riyaz.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import dev.riyaz.common.Assets;
import dev.riyaz.common.Messages;

/**
 * The web-app manifest: with it (and the icons) a phone's "Add to home screen" gives Riyaz its own icon and a window
 * of its own without the browser's bars. Colours come from the palette of riyaz.css.
 */
@Path(WebRoutes.MANIFEST)
public class ManifestPages {

    static final String MEDIA_TYPE = "application/manifest+json";

    /** The top bar's surface in the light palette, so the window's bar and the page's run together. */
    static final String THEME_COLOR = "#ffffff";

    /** The page background of the light palette: the splash screen while Riyaz opens. */
    static final String BACKGROUND_COLOR = "#faf7f2";

    @GET
    @Produces(MEDIA_TYPE)
    public Response manifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", WebRoutes.HOME);
        manifest.put("name", Messages.get("app_name"));
        manifest.put("short_name", Messages.get("app_name"));
        manifest.put("description", Messages.get("install_description"));
        manifest.put("lang", "en");
        manifest.put("start_url", WebRoutes.HOME);
        manifest.put("scope", WebRoutes.HOME);
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME_COLOR);
        manifest.put("background_color", BACKGROUND_COLOR);
        manifest.put(
                "icons",
                List.of(
                        icon("/icons/icon-192.png", "192x192", "image/png", "any"),
                        icon("/icons/icon-512.png", "512x512", "image/png", "any"),
                        icon("/icons/icon-maskable-512.png", "512x512", "image/png", "maskable"),
                        icon("/favicon.svg", "any", "image/svg+xml", "any")));
        return Response.ok(manifest).header("Cache-Control", "no-cache").build();
    }

    private static Map<String, String> icon(String path, String sizes, String type, String purpose) {
        return Map.of("src", Assets.url(path), "sizes", sizes, "type", type, "purpose", purpose);
    }
}
