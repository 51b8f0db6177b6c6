package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Remaining;

/**
 * What is still needed on the history's last day ("today"): the rest of today's target (nothing when today already
 * counts, is planned rest, is not expected, or the week's or month's quota is met) and the days still needed this
 * week, or this month for monthly goals.
 */
final class Remainders {

    private Remainders() {}

    static Remaining of(History history) {
        Schedule schedule = history.goal.schedule();
        LocalDate on = history.last;
        BigDecimal today = today(history);
        if (schedule.period() != ChronoUnit.DAYS) {
            LocalDate periodStart = schedule.periodStart(on, history.goal.firstDayOfWeek());
            int left = Math.max(0, schedule.quota() - history.qualifyingBetween(periodStart, on));
            return new Remaining(left == 0 ? BigDecimal.ZERO : today, BigDecimal.valueOf(left));
        }
        return new Remaining(today, BigDecimal.valueOf(daysLeftThisWeek(history)));
    }

    private static BigDecimal today(History history) {
        int i = history.size - 1;
        if (i < 0 || !history.expected[i] || history.qualifies[i] || history.skipped[i]) {
            return BigDecimal.ZERO;
        }
        if (!history.goal.measured()) {
            return BigDecimal.ONE;
        }
        return Amounts.plain(
                history.goal.dailyTarget().subtract(history.amountOn(i)).max(BigDecimal.ZERO));
    }

    /** Expected days from today to the end of the week that do not count yet (today may already). */
    private static int daysLeftThisWeek(History history) {
        LocalDate on = history.last;
        LocalDate weekEnd =
                Schedule.weekStart(on, history.goal.firstDayOfWeek()).plusDays(6);
        int left = 0;
        for (LocalDate day = on; !day.isAfter(weekEnd); day = day.plusDays(1)) {
            left += history.goal.schedule().isDueOn(day, history.goal.startDate()) ? 1 : 0;
        }
        int i = history.size - 1;
        boolean todaySettled = i >= 0 && history.expected[i] && (history.qualifies[i] || history.skipped[i]);
        return left - (todaySettled ? 1 : 0);
    }
}
