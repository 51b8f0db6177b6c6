package dev.riyaz.githook;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the git hook page and its script live: {@code ROOT} and the script relative to it. Templates write
 * {@code {gitHook:script}}.
 */
@TemplateExtension(namespace = "gitHook")
public final class GitHookRoutes {

    public static final String ROOT = "/settings/git-hook";
    public static final String SCRIPT = "post-commit";

    private GitHookRoutes() {}

    /** The page; its form posts here too. */
    public static String page() {
        return ROOT;
    }

    /** The {@code post-commit} script to download. */
    public static String script() {
        return RoutePaths.fill(ROOT, SCRIPT);
    }
}
