package dev.riyaz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.restassured.response.ValidatableResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JSON answer with Jackson. Use it in helpers that many tests call: each RestAssured path lookup ({@code
 * jsonPath().getLong("id")}, {@code body("status", ...)}) compiles a Groovy script of its own, and in the fast lane
 * those compilations were a quarter of the time spent in the tests.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
}
