package dev.riyaz.account;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the settings page and its forms live: {@link SettingsPages}' paths, relative to {@code ROOT}. Templates write
 * {@code {settings:revokeToken(token.id)}}.
 */
@TemplateExtension(namespace = "settings")
public final class SettingsRoutes {

    public static final String ROOT = "/settings";
    public static final String PROFILE = "profile";
    public static final String PASSWORD = "password";
    public static final String TOKENS = "tokens";
    public static final String REVOKE_TOKEN = "tokens/{id}/revoke";
    public static final String DELETE_ACCOUNT = "delete-account";

    private SettingsRoutes() {}

    public static String settings() {
        return ROOT;
    }

    public static String profile() {
        return RoutePaths.fill(ROOT, PROFILE);
    }

    public static String password() {
        return RoutePaths.fill(ROOT, PASSWORD);
    }

    public static String tokens() {
        return RoutePaths.fill(ROOT, TOKENS);
    }

    public static String deleteAccount() {
        return RoutePaths.fill(ROOT, DELETE_ACCOUNT);
    }

    public static String revokeToken(long id) {
        return RoutePaths.fill(ROOT, REVOKE_TOKEN, id);
    }
}
