package dev.riyaz.common;

import java.time.LocalDate;

/**
 * The days Riyaz works with: years 1 to 9999. A date a client sends outside them is refused where it is read, so no
 * day arithmetic (a range, a week, a time zone) can run past what {@link LocalDate} holds.
 */
public final class Days {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Days() {}

    public static boolean supported(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }
}
