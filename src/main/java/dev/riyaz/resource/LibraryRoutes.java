package dev.riyaz.resource;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the library pages live: {@link LibraryPages}' paths, relative to {@code ROOT}. Templates write
 * {@code {library:resource(r.id)}}.
 */
@TemplateExtension(namespace = "library")
public final class LibraryRoutes {

    public static final String ROOT = "/resources";
    public static final String NEW = "new";
    public static final String RESOURCE = "{id}";
    public static final String EDIT = "{id}/edit";
    public static final String STEP = "{id}/step";
    public static final String DELETE = "{id}/delete";

    /** The JSON API's library, {@link LibraryResource}'s {@code @Path}. */
    public static final String API_ROOT = "/api/v1/resources";

    private LibraryRoutes() {}

    /** The library; the form for a new link posts here too. */
    public static String list() {
        return ROOT;
    }

    public static String newResource() {
        return RoutePaths.fill(ROOT, NEW);
    }

    /** One link's page; its edit form posts here too. */
    public static String resource(long id) {
        return RoutePaths.fill(ROOT, RESOURCE, id);
    }

    public static String edit(long id) {
        return RoutePaths.fill(ROOT, EDIT, id);
    }

    public static String step(long id) {
        return RoutePaths.fill(ROOT, STEP, id);
    }

    public static String delete(long id) {
        return RoutePaths.fill(ROOT, DELETE, id);
    }

    /** A link in the JSON API, the {@code Location} of a created one. */
    public static String apiResource(long id) {
        return RoutePaths.fill(API_ROOT, RESOURCE, id);
    }
}
