package dev.riyaz.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads typed values from HTML form fields; a value that cannot be read is a 422 on that field. */
public final class FormValues {

    private FormValues() {}

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static LocalDate date(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "Use a date like 2026-03-14.");
        }
    }

    public static BigDecimal number(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "Use a number, like 20.");
        }
    }

    public static Integer integer(String field, String value) {
        BigDecimal number = number(field, value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw ApiException.invalid(field, "Use a whole number.");
        }
    }

    public static long id(String field, String value, String message) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.invalid(field, message);
        }
    }
}
