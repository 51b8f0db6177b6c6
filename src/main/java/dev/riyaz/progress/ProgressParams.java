package dev.riyaz.progress;

import java.time.LocalDate;

/** Defaults of the date ranges in progress queries (their limits are {@link dev.riyaz.common.Bounds}). */
final class ProgressParams {

    private ProgressParams() {}

    static LocalDate orDefault(LocalDate value, LocalDate fallback) {
        return value == null ? fallback : value;
    }
}
