package dev.riyaz.share;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where sharing a goal lives: the owner's share page ({@code ROOT} and its forms relative to it) and the public page
 * and badge anyone with the link may open ({@code PUBLIC_ROOT}). Templates write {@code {share:badge(share.token)}}.
 */
@TemplateExtension(namespace = "share")
public final class ShareRoutes {

    public static final String ROOT = "/goals/{id}/share";
    public static final String RENEW = "new";
    public static final String STOP = "stop";

    public static final String PUBLIC_ROOT = "/";
    public static final String PUBLIC_PAGE = "p/{token}";
    public static final String BADGE = "badge/{token}.svg";

    private ShareRoutes() {}

    /** A goal's share page; the form that turns sharing on or saves its choices posts here too. */
    public static String share(long goalId) {
        return RoutePaths.fill(ROOT, goalId);
    }

    /** Replaces the link with a new one. */
    public static String renew(long goalId) {
        return RoutePaths.fill(ROOT, RENEW, goalId);
    }

    public static String stop(long goalId) {
        return RoutePaths.fill(ROOT, STOP, goalId);
    }

    public static String publicPage(String token) {
        return RoutePaths.fill(PUBLIC_ROOT, PUBLIC_PAGE, token);
    }

    public static String badge(String token) {
        return RoutePaths.fill(PUBLIC_ROOT, BADGE, token);
    }
}
