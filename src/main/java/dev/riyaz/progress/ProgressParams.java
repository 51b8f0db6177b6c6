package dev.riyaz.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.riyaz.common.ApiException;

/** Date ranges in progress queries: defaults and limits. */
final class ProgressParams {

    static final int MAX_DAYS = 3660;

    private ProgressParams() {}

    static LocalDate orDefault(LocalDate value, LocalDate fallback) {
        return value == null ? fallback : value;
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new ApiException(400, "Bad request", "'from' must be on or before 'to'.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ApiException(400, "Bad request", "Ask for at most " + MAX_DAYS + " days at once.");
        }
    }
}
