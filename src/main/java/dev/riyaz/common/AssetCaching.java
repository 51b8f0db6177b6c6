package dev.riyaz.common;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * How long browsers keep the static files: a year, unchanged, at the address {@link Assets#url} gives (it names the
 * file's version); otherwise they ask again each time (the answer is a short 304 while the file is unchanged), so an
 * upgrade never leaves an old stylesheet in use. Pages are not touched.
 */
@Singleton
class AssetCaching {

    /** Runs right after the security headers of {@code HttpGuards}. */
    static final int ORDER = Integer.MIN_VALUE + 1;

    private static final String DECIDED = AssetCaching.class.getName();

    private static final String[] STATIC_PREFIXES = {"/css/", "/js/", "/icons/", "/webjars/"};
    private static final String[] STATIC_FILES = {"/favicon.ico", "/favicon.svg", "/apple-touch-icon.png"};

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && isStatic(path)) {
            // Decided once, by the address asked for: the webjar locator reroutes an address without the version to
            // the versioned one, which must not give the unversioned address the long cache.
            Boolean decided = rc.get(DECIDED);
            if (decided == null) {
                decided = Assets.isCurrent(path, version(rc));
                rc.put(DECIDED, decided);
            }
            boolean current = decided;
            rc.addHeadersEndHandler(v -> {
                int status = rc.response().getStatusCode();
                if (status == 200 || status == 304) {
                    rc.response().headers().set(HttpHeaders.CACHE_CONTROL, current ? Assets.IMMUTABLE : "no-cache");
                }
            });
        }
        rc.next();
    }

    private static String version(RoutingContext rc) {
        try {
            return rc.request().getParam(Assets.VERSION_PARAMETER);
        } catch (IllegalArgumentException badlyEncoded) {
            return null;
        }
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        for (String file : STATIC_FILES) {
            if (path.equals(file)) {
                return true;
            }
        }
        return false;
    }
}
