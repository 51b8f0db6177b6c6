package dev.riyaz.common;

/**
 * Turns a route's path template into an address. Each feature keeps its paths in one {@code *Routes} class: the
 * constants feed the pages' {@code @Path} annotations, and the builders fill them in here, so renaming a route is one
 * change.
 */
public final class RoutePaths {

    private RoutePaths() {}

    /**
     * {@code base} joined to {@code relative} with one slash, each {@code {name}} replaced, in order, by the next
     * value: {@code fill("/goals", "{id}/edit", 42)} is {@code "/goals/42/edit"}. Values go in as they are (ids, dates
     * and URL-safe tokens need no encoding).
     */
    public static String fill(String base, String relative, Object... values) {
        return fill(join(base, relative), values);
    }

    /** {@code template} with each {@code {name}} replaced, in order, by the next value. */
    public static String fill(String template, Object... values) {
        StringBuilder path = new StringBuilder(template.length() + 16);
        int from = 0;
        int next = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            if (close < 0 || next == values.length) {
                throw new IllegalArgumentException("Too few values for " + template);
            }
            path.append(template, from, open).append(values[next++]);
            from = close + 1;
        }
        if (next != values.length) {
            throw new IllegalArgumentException("Too many values for " + template);
        }
        return path.append(template, from, template.length()).toString();
    }

    private static String join(String base, String relative) {
        if (relative.isEmpty()) {
            return base;
        }
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }
}
