package dev.riyaz.account;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;
import dev.riyaz.common.SiteRoutes;

/**
 * Where signing up, logging in and out live: {@link AccountPages}' paths, relative to {@code ROOT}. Templates write
 * {@code {account:login}}.
 */
@TemplateExtension(namespace = "account")
public final class AccountRoutes {

    public static final String ROOT = SiteRoutes.HOME;
    public static final String SIGNUP = "signup";
    public static final String LOGIN = SiteRoutes.LOGIN;
    public static final String LOGOUT = "logout";
    public static final String GOODBYE = "goodbye";

    private AccountRoutes() {}

    public static String signup() {
        return RoutePaths.fill(ROOT, SIGNUP);
    }

    public static String login() {
        return RoutePaths.fill(ROOT, LOGIN);
    }

    /** Where a deleted account's browser lands: a signed-out page that says everything is gone. */
    public static String goodbye() {
        return RoutePaths.fill(ROOT, GOODBYE);
    }

    public static String logout() {
        return RoutePaths.fill(ROOT, LOGOUT);
    }
}
