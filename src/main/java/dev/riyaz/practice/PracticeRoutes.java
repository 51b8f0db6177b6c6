package dev.riyaz.practice;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where one practice entry's pages live: {@link PracticePages}' paths, relative to {@code ROOT}. Templates write
 * {@code {entries:edit(entry.id)}}.
 */
@TemplateExtension(namespace = "entries")
public final class PracticeRoutes {

    public static final String ROOT = "/";
    public static final String ENTRY = "entries/{id}";
    public static final String EDIT = "entries/{id}/edit";
    public static final String DELETE = "entries/{id}/delete";

    private PracticeRoutes() {}

    /** Where the edit form posts. */
    public static String entry(long id) {
        return RoutePaths.fill(ROOT, ENTRY, id);
    }

    public static String edit(long id) {
        return RoutePaths.fill(ROOT, EDIT, id);
    }

    public static String delete(long id) {
        return RoutePaths.fill(ROOT, DELETE, id);
    }
}
