package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One goal's practice on one day, summed from its entries: how many "done" and "skipped" entries, and the total
 * amount of the done ones (0 for check goals). Days without any entry have no tally.
 */
public record DayTally(LocalDate date, int done, int skipped, BigDecimal amount) {

    public static DayTally empty(LocalDate date) {
        return new DayTally(date, 0, 0, BigDecimal.ZERO);
    }
}
