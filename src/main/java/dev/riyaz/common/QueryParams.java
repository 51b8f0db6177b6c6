package dev.riyaz.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads optional query and path parameters. A malformed one is a 400; one outside its {@link Bounds} (a date outside
 * the window, a number outside its range, text too long) is a 422 naming the parameter and the limit.
 */
public final class QueryParams {

    private QueryParams() {}

    /** A date between {@link Bounds#EARLIEST} and {@link Bounds#LATEST}, or null when not given. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw badRequest("'" + name + "' must be a real date like 2026-03-14.");
        }
        return Bounds.date(name, date);
    }

    /** A month like {@code 2026-03} in the same window as {@link #date}, or null when not given. */
    public static YearMonth month(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw badRequest("'" + name + "' must look like 2026-03.");
        }
        return Bounds.month(name, month);
    }

    /** A whole number from min to max, the fallback when not given. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".");
        }
        return Bounds.count(name, n, min, max);
    }

    /** A page size, 1 to {@link Bounds#MAX_PAGE_SIZE}. */
    public static int size(String name, String value, int fallback) {
        return integer(name, value, fallback, 1, Bounds.MAX_PAGE_SIZE);
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

    /** Text of at most max characters; null when not given or blank. */
    public static String text(String name, String value, int max) {
        return Bounds.text(name, FormValues.text(value), max);
    }

    private static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }
}
