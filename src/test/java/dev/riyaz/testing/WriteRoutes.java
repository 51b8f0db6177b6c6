package dev.riyaz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;

/**
 * Every state-changing route of the application's JAX-RS classes, read from their annotations ({@code @POST},
 * {@code @PUT}, {@code @PATCH}, {@code @DELETE} and {@code @Path}), so a new route is tested without anyone adding it to
 * a list.
 */
public final class WriteRoutes {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private WriteRoutes() {}

    /** One route: its method, its path template ({@code /goals/{id}/delete}) and the media types it declares. */
    public record Route(String method, String path, List<String> consumes) {

        public boolean api() {
            return path.startsWith("/api/");
        }

        /** Whether the route takes this content type (a route that declares none takes any). */
        public boolean accepts(String contentType) {
            return consumes.isEmpty() || consumes.stream().anyMatch(contentType::startsWith);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Route> all() {
        return classes()
                .flatMap(WriteRoutes::routes)
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    private static Stream<Route> routes(Class<?> type) {
        jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
        if (base == null) {
            return Stream.empty();
        }
        return Arrays.stream(type.getDeclaredMethods()).flatMap(method -> {
            String verb = httpMethod(method);
            if (verb == null || SAFE.contains(verb)) {
                return Stream.empty();
            }
            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
            String path = join(base.value(), sub == null ? "" : sub.value());
            return Stream.of(new Route(verb, path, consumes(method, type)));
        });
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static List<String> consumes(AnnotatedElement... places) {
        for (AnnotatedElement place : places) {
            Consumes consumes = place.getAnnotation(Consumes.class);
            if (consumes != null) {
                return List.of(consumes.value());
            }
        }
        return List.of();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        // {id: \d+} -> {id}
        path = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The application's own classes under dev.riyaz, read from the folder its compiled classes are in. */
    private static Stream<Class<?>> classes() {
        Path root;
        try {
            root = Path.of(dev.riyaz.common.ApiDocumentation.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(root.resolve("dev/riyaz"))) {
            return files
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, loader);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
