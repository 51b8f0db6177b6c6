package dev.riyaz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.account.AccountPages;

import static io.restassured.RestAssured.given;

/**
 * Every address the app answers, as a client finds them: the JSON API from its OpenAPI document, the HTML pages from
 * the page classes (they are not in OpenAPI) read by reflection.
 */
public final class Routes {

    private Routes() {}

    /**
     * One method on one path. {@code query} names the query parameters with their type ("date", "integer", "string"
     * ...); {@code fields} the body's fields with theirs, for API routes that take JSON; {@code form} says a page route
     * reads a form.
     */
    public record Route(
            String method,
            String path,
            boolean api,
            Map<String, String> query,
            Map<String, String> fields,
            boolean form) {

        public boolean takesJson() {
            return fields != null;
        }

        public boolean changes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The API's operations, from {@code /q/openapi}. */
    public static List<Route> api() {
        JsonNode doc;
        try {
            doc = new ObjectMapper()
                    .readTree(given().get("/q/openapi?format=json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Route> routes = new ArrayList<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if (parameter.path("in").asText().equals("query")) {
                            query.put(parameter.path("name").asText(), type(doc, parameter.path("schema")));
                        }
                    }
                    JsonNode body = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json");
                    Map<String, String> fields = body.isMissingNode() ? null : fields(doc, body.path("schema"));
                    routes.add(new Route(
                            operation.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            true,
                            query,
                            fields,
                            false));
                }));
        routes.sort(Comparator.comparing(Route::toString));
        return routes;
    }

    private static Map<String, String> fields(JsonNode doc, JsonNode schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> properties =
                resolve(doc, schema).path("properties").fields();
        properties.forEachRemaining(property -> fields.put(property.getKey(), type(doc, property.getValue())));
        return fields;
    }

    private static String type(JsonNode doc, JsonNode schema) {
        JsonNode resolved = resolve(doc, schema);
        String format = resolved.path("format").asText("");
        if (format.equals("date")) {
            return "date";
        }
        return resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** The HTML pages: every method of every {@code *Pages} class of the app. */
    public static List<Route> pages() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> pages : pageClasses()) {
            String base = pathOf(pages.getAnnotation(jakarta.ws.rs.Path.class));
            for (Method method : pages.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = join(base, pathOf(method.getAnnotation(jakarta.ws.rs.Path.class)));
                Map<String, String> query = new LinkedHashMap<>();
                boolean form = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RestQuery.class)
                            || parameter.isAnnotationPresent(QueryParam.class)) {
                        query.put(
                                parameter.getName(),
                                parameter.getType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
                    }
                    form |= parameter.isAnnotationPresent(RestForm.class)
                            || parameter.isAnnotationPresent(FormParam.class)
                            || parameter.isAnnotationPresent(BeanParam.class);
                }
                routes.add(new Route(verb, path, false, query, null, form));
            }
        }
        routes.sort(Comparator.comparing(Route::toString));
        return routes;
    }

    private static List<Class<?>> pageClasses() {
        try {
            Path classes = Path.of(AccountPages.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(classes.resolve("dev/riyaz"))) {
                return files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith("Pages.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length())
                                .replace('/', '.'))
                        .sorted()
                        .<Class<?>>map(Routes::load)
                        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the page classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AccountPages.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method method) {
        Map<Class<? extends Annotation>, String> verbs = Map.of(
                GET.class, "GET", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");
        return verbs.entrySet().stream()
                .filter(verb -> method.isAnnotationPresent(verb.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String pathOf(jakarta.ws.rs.Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
