package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Totals;

/** Sums of the measured amount this week, this month and since the start, up to the history's last day. */
final class Amounts {

    private Amounts() {}

    static Totals of(History history) {
        if (!history.goal.measured()) {
            return new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        LocalDate on = history.last;
        LocalDate weekStart = Schedule.weekStart(on, history.goal.firstDayOfWeek());
        return new Totals(
                plain(history.amountBetween(weekStart, on)),
                plain(history.amountBetween(on.withDayOfMonth(1), on)),
                plain(history.amountBetween(history.start, on)));
    }

    /** Without trailing zeros, and never in exponent form: 100, not 1E+2. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
