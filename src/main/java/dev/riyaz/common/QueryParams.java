package dev.riyaz.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads optional query parameters, answering 400 with a clear message when one is malformed. */
public final class QueryParams {

    private QueryParams() {}

    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (Days.supported(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw badRequest("'" + name + "' must be a real date like 2026-03-14, in the years 1 to 9999.");
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }

    public static Long id(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw badRequest("'" + name + "' must be an id (a whole number).");
        }
    }

    private static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }
}
