package dev.riyaz.common;

/**
 * The few addresses that features below {@code web} and {@code account} lead people to: home, the Progress page, the
 * welcome and logging in (a mail's "open Riyaz", the redirect after sign-up, the way back when a session ran out).
 * They live here so that no package has to reach up for them; {@code WebRoutes} and {@code AccountRoutes} take their
 * paths from these constants, so each is still written once.
 */
public final class SiteRoutes {

    /** The dashboard. */
    public static final String HOME = "/";
    /** The Progress page. */
    public static final String PROGRESS = "/progress";
    /** The welcome for new accounts. */
    public static final String WELCOME = "/welcome";
    /** The log-in page, relative to the root (as its {@code @Path}). */
    public static final String LOGIN = "login";

    private SiteRoutes() {}

    public static String home() {
        return HOME;
    }

    public static String progress() {
        return PROGRESS;
    }

    public static String welcome() {
        return WELCOME;
    }

    public static String login() {
        return RoutePaths.fill(HOME, LOGIN);
    }
}
