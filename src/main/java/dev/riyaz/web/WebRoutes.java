package dev.riyaz.web;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;
import dev.riyaz.common.SiteRoutes;

/**
 * Where the everyday pages live: the dashboard, one-click logging, the Progress page, help and the welcome. Each
 * {@code *_ROOT} is a page class's {@code @Path}, the others its methods' (relative to it). Templates write
 * {@code {web:progress}}.
 */
@TemplateExtension(namespace = "web")
public final class WebRoutes {

    /** {@link DashboardPages}. */
    public static final String HOME = SiteRoutes.HOME;
    /** {@link LogPracticePages}. */
    public static final String PRACTICE = "/practice";

    public static final String UNDO = "undo";
    /** {@link ProgressPages}. */
    public static final String PROGRESS = SiteRoutes.PROGRESS;
    /** {@link HelpPages}. */
    public static final String HELP_ROOT = "/help";

    public static final String STRENGTH = "strength";
    /** {@link WelcomePages}. */
    public static final String WELCOME_ROOT = SiteRoutes.WELCOME;

    public static final String SKIP = "skip";
    /** {@link ManifestPages}: the web-app manifest, which makes Riyaz installable. */
    public static final String MANIFEST = "/manifest.webmanifest";
    /** {@link ServiceWorkerPages}: at the site's root, so it may serve every page of it. */
    public static final String SERVICE_WORKER = "/sw.js";

    private WebRoutes() {}

    public static String home() {
        return HOME;
    }

    /** Where logging forms post. */
    public static String practice() {
        return PRACTICE;
    }

    /** Where a card's Undo posts. */
    public static String undoPractice() {
        return RoutePaths.fill(PRACTICE, UNDO);
    }

    public static String progress() {
        return PROGRESS;
    }

    /** What habit strength means. */
    public static String strengthHelp() {
        return RoutePaths.fill(HELP_ROOT, STRENGTH);
    }

    public static String welcome() {
        return WELCOME_ROOT;
    }

    public static String manifest() {
        return MANIFEST;
    }

    public static String serviceWorker() {
        return SERVICE_WORKER;
    }

    public static String skipWelcome() {
        return RoutePaths.fill(WELCOME_ROOT, SKIP);
    }
}
