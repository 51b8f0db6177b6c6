package dev.riyaz.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of RestAssured's GPath the tests use, evaluated on the plain tree {@link Json#plain} builds (see {@link
 * Json#at} for the language). Anything else fails loudly rather than guessing.
 */
final class JsonPathLite {

    private JsonPathLite() {}

    static Object evaluate(Object root, String path) {
        String rest = path.trim();
        if (rest.equals("$")) {
            return root;
        }
        if (rest.startsWith("$.")) {
            rest = rest.substring(2);
        }
        Object value = root;
        for (String step : steps(rest)) {
            value = step(value, step, path);
        }
        return value;
    }

    /** Splits at the dots outside quotes, brackets and braces. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder step = new StringBuilder();
        boolean escaped = false;
        for (char c : path.toCharArray()) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == '.' && depth == 0) {
                steps.add(step.toString().trim());
                step.setLength(0);
                continue;
            }
            step.append(c);
        }
        if (!step.isEmpty() || !steps.isEmpty()) {
            steps.add(step.toString().trim());
        }
        return steps;
    }

    private static Object step(Object value, String step, String path) {
        if (step.isEmpty()) {
            throw new IllegalArgumentException("empty step in path '" + path + "'");
        }
        if (step.equals("size()") || step.equals("length()")) {
            if (value instanceof List<?> list) {
                return list.size();
            }
            if (value instanceof Map<?, ?> map) {
                return map.size();
            }
            if (value instanceof String text) {
                return text.length();
            }
            throw new AssertionError(step + " of " + value + " in path '" + path + "'");
        }
        for (String closure : List.of("findAll", "find", "every")) {
            if (step.startsWith(closure)
                    && step.substring(closure.length()).trim().startsWith("{")) {
                String body = step.substring(closure.length()).trim();
                if (!body.endsWith("}")) {
                    throw new IllegalArgumentException("unsupported step '" + step + "' in path '" + path + "'");
                }
                return closure(closure, body.substring(1, body.length() - 1).trim(), value, path);
            }
        }
        String name = step;
        List<Integer> indices = new ArrayList<>();
        while (name.endsWith("]")) {
            int open = name.lastIndexOf('[');
            if (open < 0) {
                throw new IllegalArgumentException("unsupported step '" + step + "' in path '" + path + "'");
            }
            indices.add(
                    0,
                    Integer.parseInt(name.substring(open + 1, name.length() - 1).trim()));
            name = name.substring(0, open).trim();
        }
        if (!name.isEmpty()) {
            value = property(value, unquote(name), path);
        }
        for (int index : indices) {
            value = index(value, index, path);
        }
        return value;
    }

    private static Object property(Object value, String name, String path) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value instanceof List<?> list) {
            List<Object> collected = new ArrayList<>();
            for (Object item : list) {
                collected.add(item == null ? null : property(item, name, path));
            }
            return collected;
        }
        throw new AssertionError("no '" + name + "' in " + value + " (path '" + path + "')");
    }

    private static Object index(Object value, int index, String path) {
        if (!(value instanceof List<?> list)) {
            throw new AssertionError("[" + index + "] of " + value + " (path '" + path + "')");
        }
        int at = index < 0 ? list.size() + index : index;
        return at >= 0 && at < list.size() ? list.get(at) : null;
    }

    private static Object closure(String kind, String condition, Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw new AssertionError(kind + " on " + value + " (path '" + path + "')");
        }
        List<Object> found = new ArrayList<>();
        for (Object item : list) {
            boolean holds = holds(condition, item, path);
            if (kind.equals("find") && holds) {
                return item;
            }
            if (kind.equals("every") && !holds) {
                return false;
            }
            if (holds) {
                found.add(item);
            }
        }
        return switch (kind) {
            case "find" -> null;
            case "every" -> true;
            default -> found;
        };
    }

    private static boolean holds(String condition, Object item, String path) {
        if (condition.startsWith("!it.containsKey(") && condition.endsWith(")")) {
            String key = unquote(condition
                    .substring("!it.containsKey(".length(), condition.length() - 1)
                    .trim());
            return !(item instanceof Map<?, ?> map && map.containsKey(key));
        }
        int equals = condition.indexOf("==");
        if (equals > 0) {
            Object left = evaluate(item, itPath(condition.substring(0, equals).trim(), path));
            return same(left, literal(condition.substring(equals + 2).trim(), path));
        }
        int startsWith = condition.lastIndexOf(".startsWith(");
        if (startsWith > 0 && condition.endsWith(")")) {
            Object left = evaluate(item, itPath(condition.substring(0, startsWith), path));
            String prefix = unquote(condition
                    .substring(startsWith + ".startsWith(".length(), condition.length() - 1)
                    .trim());
            return left instanceof String text && text.startsWith(prefix);
        }
        throw new IllegalArgumentException("unsupported condition '" + condition + "' in path '" + path + "'");
    }

    private static String itPath(String expression, String path) {
        if (!expression.startsWith("it.")) {
            throw new IllegalArgumentException("unsupported condition '" + expression + "' in path '" + path + "'");
        }
        return expression.substring(3);
    }

    private static Object literal(String text, String path) {
        if (text.startsWith("'") || text.startsWith("\"")) {
            return unquote(text);
        }
        if (text.equals("null")) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unsupported literal '" + text + "' in path '" + path + "'");
        }
    }

    /** Groovy's {@code ==}: numbers compare by value whatever their type. */
    private static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(left, right);
    }

    private static String unquote(String text) {
        if (text.length() >= 2
                && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1).replace("\\'", "'").replace("\\\"", "\"");
        }
        return text;
    }
}
