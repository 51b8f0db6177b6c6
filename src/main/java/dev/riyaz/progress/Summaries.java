package dev.riyaz.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.Schedule;

/** Period summaries across all of a person's active goals, from the per-day totals of that period only. */
@ApplicationScoped
public class Summaries {

    /** Each active goal's qualifying and planned days and total amount between two days (inclusive). */
    @Transactional
    public List<SummaryRow> between(AuthenticatedUser owner, LocalDate from, LocalDate to) {
        DayTallies days = DayTallies.between(owner.id(), from, to);
        List<SummaryRow> rows = new ArrayList<>();
        for (Goal goal : Goal.listForOwner(owner.id(), false)) {
            GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
            rows.add(new SummaryRow(
                    goal.id,
                    goal.title,
                    days.qualifying(spec, goal.id),
                    planned(spec, from, to),
                    days.total(goal.id).stripTrailingZeros(),
                    goal.unit));
        }
        return rows;
    }

    /**
     * Days planned in the period: the expected days for day-based schedules, the quota share of the period for
     * "N per week" and "N per month" (3 per week over 14 days: 6).
     */
    public static int planned(GoalSpec spec, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(spec.startDate()) ? spec.startDate() : from;
        if (start.isAfter(to)) {
            return 0;
        }
        Schedule schedule = spec.schedule();
        long days = ChronoUnit.DAYS.between(start, to) + 1;
        return switch (schedule.type()) {
            case weekly -> share(schedule.times(), days, 7);
            case monthly -> share(schedule.times(), days, 30);
            default -> (int) start.datesUntil(to.plusDays(1))
                    .filter(d -> schedule.isDueOn(d, spec.startDate()))
                    .count();
        };
    }

    private static int share(int times, long days, int periodDays) {
        return BigDecimal.valueOf(times * days)
                .divide(BigDecimal.valueOf(periodDays), 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
