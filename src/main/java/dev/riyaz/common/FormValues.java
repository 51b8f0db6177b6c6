package dev.riyaz.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads typed values from HTML form fields; a value that cannot be read is a 422 on that field. */
public final class FormValues {

    private static final int MAX_NUMBER_LENGTH = 40;

    private FormValues() {}

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static LocalDate date(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (Bounds.readable(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.invalid(field, "Use a date like 2026-03-14.");
    }

    /** A number; one longer than any Riyaz takes is refused before it is parsed (long numbers parse slowly). */
    public static BigDecimal number(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            if (value.trim().length() <= MAX_NUMBER_LENGTH) {
                return new BigDecimal(value.trim());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid(field, "Use a number, like 20.");
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
