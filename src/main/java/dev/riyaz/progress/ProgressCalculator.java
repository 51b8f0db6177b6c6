package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.riyaz.goal.Goal;
import dev.riyaz.goal.Schedule;

/**
 * The progress rules as pure functions of a goal and its day tallies: streaks, habit-strength score, completion,
 * totals and what is left. Tallies may come in any order and only days with practice need one; the cost grows with the
 * number of days since the start, nothing else (3 years of daily tallies: well under a millisecond once warm, see
 * {@code ProgressCalculatorSpeedTest}).
 */
public final class ProgressCalculator {

    private ProgressCalculator() {}

    /** Where a goal stands at the end of {@code on}; tallies after {@code on} or before the start are ignored. */
    public static GoalStats stats(GoalSpec goal, List<DayTally> days, LocalDate on) {
        History history = History.of(goal, days, on);
        Streaks.Result streaks = Streaks.of(history);
        double[] scores = Scores.of(history);
        return new GoalStats(
                on,
                streaks.current(),
                streaks.best(),
                scores.length == 0 ? 0 : scores[scores.length - 1],
                Completions.of(history),
                Amounts.of(history),
                Remainders.of(history),
                history.bestWeekday(),
                streaks.last());
    }

    /**
     * What is still needed on {@code on}, from the tallies of its week and month alone (older tallies may be passed
     * and are ignored): equal to {@code stats(...).remaining()} at a cost that does not grow with the goal's age.
     */
    public static GoalStats.Remaining remaining(GoalSpec goal, List<DayTally> days, LocalDate on) {
        return Remainders.of(History.between(goal, days, windowStart(goal, on), on));
    }

    /** The first day that {@link #remaining} looks at: the start of the week or of the month, whichever is earlier. */
    public static LocalDate windowStart(GoalSpec goal, LocalDate on) {
        LocalDate week = Schedule.weekStart(on, goal.firstDayOfWeek());
        LocalDate period = goal.schedule().periodStart(on, goal.firstDayOfWeek());
        return week.isBefore(period) ? week : period;
    }

    /** The score at the end of each day from {@code from} through {@code to}: 0 before the start date. */
    public static List<DailyScore> scores(GoalSpec goal, List<DayTally> days, LocalDate from, LocalDate to) {
        History history = History.of(goal, days, to);
        double[] scores = Scores.of(history);
        List<DailyScore> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int i = history.index(day);
            result.add(new DailyScore(day, i < 0 ? 0 : scores[i]));
        }
        return result;
    }

    /**
     * Whether the day counts: a done entry for check goals, the daily target reached for measured goals. A day with a
     * skipped entry is planned rest and never counts, even with practice on it.
     */
    public static boolean qualifies(GoalSpec goal, DayTally day) {
        return day.skipped() == 0 && Goal.qualifies(day.done(), amount(day), goal.dailyTarget());
    }

    /** What the day earns in the score: 1 when it counts, the share of the target reached for measured goals. */
    public static double credit(GoalSpec goal, DayTally day) {
        if (qualifies(goal, day)) {
            return 1;
        }
        if (day.skipped() > 0 || day.done() == 0 || !goal.measured()) {
            return 0;
        }
        return Math.min(1, amount(day).doubleValue() / goal.dailyTarget().doubleValue());
    }

    private static BigDecimal amount(DayTally day) {
        return day.amount() == null ? BigDecimal.ZERO : day.amount();
    }
}
