package dev.riyaz.calendar;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the calendar feed lives: its settings forms ({@code SETTINGS_ROOT}) and the feed itself ({@code FEED_ROOT}),
 * each with its methods' paths relative to it. Templates write {@code {calendar:off}}.
 */
@TemplateExtension(namespace = "calendar")
public final class CalendarRoutes {

    public static final String SETTINGS_ROOT = "/settings/calendar";
    public static final String OFF = "off";

    public static final String FEED_ROOT = "/calendar";
    public static final String FEED = "{secret}.ics";

    private CalendarRoutes() {}

    /** Turns the feed on or gives it a new address. */
    public static String settings() {
        return SETTINGS_ROOT;
    }

    public static String off() {
        return RoutePaths.fill(SETTINGS_ROOT, OFF);
    }

    public static String feed(String secret) {
        return RoutePaths.fill(FEED_ROOT, FEED, secret);
    }
}
