package dev.riyaz.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The limits on every number a client chooses: dates, date ranges, counts, page sizes and text lengths. Each is
 * checked before any work is done, so that no request's time or memory grows with a number the client picked; a value
 * outside its limit is a 422 that names the field and says the limit.
 *
 * <p>Dates: every date Riyaz keeps lies from 1970-01-01 (the earliest practice or start day it takes) to a year from
 * today (the latest start day), so a date a client asks about must lie between {@link #EARLIEST} and {@link #LATEST}.
 */
public final class Bounds {

    /** The earliest day Riyaz keeps practice or a goal's start for; exports only hold days from then on. */
    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    /** The latest day a request may name: far beyond any day Riyaz keeps, near enough that no walk up to it costs. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The longest span of days one request may ask about: ten years. */
    public static final int MAX_DAYS = 3660;

    /** The largest page of a list (API.md: {@code size} 1..500). */
    public static final int MAX_PAGE_SIZE = 500;

    private Bounds() {}

    /**
     * Whether a day is one that any day arithmetic (a range, a week, a time zone) can work with: years 1 to 9999. A
     * date outside them is unreadable (400) wherever it is read; a readable one outside the window is a 422.
     */
    public static boolean readable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    /** Whether a day lies between {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The date when it lies between {@link #EARLIEST} and {@link #LATEST} (or is null); a 422 otherwise. */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw ApiException.invalid(field, "Use a date between " + EARLIEST + " and " + LATEST + ".");
        }
        return date;
    }

    /** A month in the same window as {@link #date}. */
    public static YearMonth month(String field, YearMonth month) {
        if (month != null && (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST)))) {
            throw ApiException.invalid(
                    field, "Use a month between " + YearMonth.from(EARLIEST) + " and " + YearMonth.from(LATEST) + ".");
        }
        return month;
    }

    /** From and to, both days included: from not after to, and at most {@link #MAX_DAYS} days. */
    public static void range(String fromField, LocalDate from, String toField, LocalDate to) {
        date(fromField, from);
        date(toField, to);
        if (from.isAfter(to)) {
            throw ApiException.invalid(fromField, "'" + fromField + "' must be on or before '" + toField + "'.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.invalid(
                    toField,
                    "Ask for at most " + MAX_DAYS + " days at once, from '" + fromField + "' to '" + toField + "'.");
        }
    }

    /** A whole number from min to max; a 422 otherwise. */
    public static int count(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.invalid(field, "Use a whole number from " + min + " to " + max + ".");
        }
        return value;
    }

    /** Text of at most max characters (null passes); a 422 otherwise. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.invalid(field, "Use at most " + max + " characters.");
        }
        return value;
    }
}
