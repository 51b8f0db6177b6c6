package dev.riyaz.transfer;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where your data goes out and comes in: the import pages ({@code IMPORTS} and its methods' paths relative to it) and
 * the JSON API's export and import ({@code API_ROOT}). Templates write {@code {transfer:run(upload.id)}}.
 */
@TemplateExtension(namespace = "transfer")
public final class TransferRoutes {

    public static final String IMPORTS = "/settings/import";
    public static final String UPLOAD = "{id}";
    public static final String RUN = "{id}/run";
    public static final String CANCEL = "{id}/cancel";

    public static final String API_ROOT = "/api/v1";
    public static final String EXPORT = "export";
    public static final String IMPORT = "import";

    private TransferRoutes() {}

    /** The upload form; it posts here too. */
    public static String imports() {
        return IMPORTS;
    }

    /** An upload waiting to be imported, or being imported. */
    public static String upload(long id) {
        return RoutePaths.fill(IMPORTS, UPLOAD, id);
    }

    public static String run(long id) {
        return RoutePaths.fill(IMPORTS, RUN, id);
    }

    public static String cancel(long id) {
        return RoutePaths.fill(IMPORTS, CANCEL, id);
    }

    /** Everything as JSON; {@code ?format=csv} for a zip of CSV files. */
    public static String export() {
        return RoutePaths.fill(API_ROOT, EXPORT);
    }

    public static String apiImport() {
        return RoutePaths.fill(API_ROOT, IMPORT);
    }
}
