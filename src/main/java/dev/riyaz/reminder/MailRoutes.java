package dev.riyaz.reminder;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the mail settings page ({@link MailPages}) and the signed links in mail ({@link MailLinkPages}, relative to
 * {@code LINKS_ROOT}) live. Templates write {@code {mail:snooze(token)}}.
 */
@TemplateExtension(namespace = "mail")
public final class MailRoutes {

    public static final String SETTINGS = "/settings/mail";

    public static final String LINKS_ROOT = "/";
    public static final String UNSUBSCRIBE = "u/{token}";
    public static final String UNSUBSCRIBED = "u/{token}/done";
    public static final String LOG = "m/log/{token}";
    public static final String SNOOZE = "m/snooze/{token}";
    /** A push notification's Done button: the service worker posts to it without a session; the signed link is the proof. */
    public static final String PUSH_LOG = "p/log/{token}";

    private MailRoutes() {}

    public static String settings() {
        return SETTINGS;
    }

    /** Stops the mail the token names; also the one-click {@code List-Unsubscribe} address. */
    public static String unsubscribe(String token) {
        return RoutePaths.fill(LINKS_ROOT, UNSUBSCRIBE, token);
    }

    public static String unsubscribed(String token) {
        return RoutePaths.fill(LINKS_ROOT, UNSUBSCRIBED, token);
    }

    public static String log(String token) {
        return RoutePaths.fill(LINKS_ROOT, LOG, token);
    }

    public static String pushLog(String token) {
        return RoutePaths.fill(LINKS_ROOT, PUSH_LOG, token);
    }

    public static String snooze(String token) {
        return RoutePaths.fill(LINKS_ROOT, SNOOZE, token);
    }
}
