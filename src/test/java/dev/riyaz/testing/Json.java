package dev.riyaz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.ValidatableResponse;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JSON answer with Jackson. Use it in helpers that many tests call: each RestAssured path lookup ({@code
 * jsonPath().getLong("id")}, {@code body("status", ...)}) compiles a Groovy script of its own, and in the fast lane
 * those compilations were a quarter of the time spent in the tests.
 */
public final class Json {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    public static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    public static JsonNode read(ValidatableResponse response) {
        return read(response.extract().asString());
    }

    /** The whole number at this field of the answer; fails when it is missing or not a whole number. */
    public static long longAt(ValidatableResponse response, String field) {
        return longAt(read(response), field);
    }

    /** The whole number at this field of a JSON object; fails when it is missing or not a whole number. */
    public static long longAt(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isIntegralNumber()) {
            throw new AssertionError("expected a whole number at '" + field + "' in " + body);
        }
        return value.longValue();
    }

    /** The text at this field of the answer; fails when it is missing or not text. */
    public static String textAt(ValidatableResponse response, String field) {
        return textAt(read(response), field);
    }

    /** The text at this field of a JSON object; fails when it is missing or not text. */
    public static String textAt(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual()) {
            throw new AssertionError("expected text at '" + field + "' in " + body);
        }
        return value.textValue();
    }

    /** This field of every object in the answer's array, in order; fails when one is missing or not a whole number. */
    public static List<Long> longsAt(ValidatableResponse response, String field) {
        List<Long> values = new ArrayList<>();
        for (JsonNode item : array(read(response))) {
            values.add(longAt(item, field));
        }
        return values;
    }

    /** This field of every object in the answer's array, in order (null where it is null or missing). */
    public static List<String> textsAt(ValidatableResponse response, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array(read(response))) {
            JsonNode value = item.path(field);
            if (!value.isTextual() && !value.isNull() && !value.isMissingNode()) {
                throw new AssertionError("expected text at '" + field + "' in " + item);
            }
            values.add(value.textValue());
        }
        return values;
    }

    private static JsonNode array(JsonNode body) {
        if (!body.isArray()) {
            throw new AssertionError("expected an array, not " + body);
        }
        return body;
    }

    /**
     * Matches a JSON answer's body text when the value at {@code path} matches: {@code .body(Json.at("items[0].title",
     * equalTo("x")))} checks what {@code .body("items[0].title", equalTo("x"))} checked, without compiling a Groovy
     * script. The value is what RestAssured's path gives: Integer (Long beyond an int), Float for decimals, String,
     * Boolean, null, List, Map. The path language is the part of GPath the tests use: dotted names ({@code 'quoted'}
     * when they hold dots or slashes), {@code [n]} indices, a name after a list collects it from every item, {@code
     * size()}, {@code length()}, {@code find}, {@code findAll} and {@code every} with {@code it.x == literal}, {@code
     * it.x.startsWith('y')} or {@code !it.containsKey('x')}; {@code ""} or {@code $} is the whole answer.
     */
    public static Matcher<Object> at(String path, Matcher<?> matcher) {
        return new At(path, matcher);
    }

    /** The value at {@code path} of a JSON text, as {@link #at} compares it. */
    public static Object valueAt(String body, String path) {
        return JsonPathLite.evaluate(plain(read(body)), path);
    }

    /** The value at {@code path} of the answer, as {@link #at} compares it. */
    @SuppressWarnings("unchecked")
    public static <T> T valueAt(ValidatableResponse response, String path) {
        return (T) valueAt(response.extract().asString(), path);
    }

    /** The answer read once, to ask like RestAssured's {@code jsonPath()} without compiling Groovy per question. */
    public static JsonDoc doc(io.restassured.response.ResponseBodyData response) {
        return new JsonDoc(response.asString());
    }

    /** The JSON tree as RestAssured's path would give it: Map, List, String, Integer/Long/BigInteger, Float/Double. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            double asDouble = value.doubleValue();
            return Math.abs(asDouble) < Float.MAX_VALUE ? (Object) value.floatValue() : (Object) asDouble;
        }
        throw new AssertionError("unexpected JSON node " + node);
    }

    private static final class At extends TypeSafeDiagnosingMatcher<Object> {
        private final String path;
        private final Matcher<?> matcher;

        At(String path, Matcher<?> matcher) {
            this.path = path;
            this.matcher = matcher;
        }

        @Override
        protected boolean matchesSafely(Object body, Description mismatch) {
            String text = body.toString();
            Object value;
            try {
                value = valueAt(text, path);
            } catch (RuntimeException | AssertionError e) {
                mismatch.appendText("could not read JSON path \"" + path + "\": " + e.getMessage());
                return false;
            }
            if (matcher.matches(value)) {
                return true;
            }
            mismatch.appendText("at \"" + path + "\" ");
            matcher.describeMismatch(value, mismatch);
            mismatch.appendText("\n  in body: " + text);
            return false;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("JSON path \"" + path + "\" ").appendDescriptionOf(matcher);
        }
    }
}
