package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.riyaz.common.Weekdays;

/** {@code GET /api/v1/goals/{id}/stats} as API.md describes it (plus {@code bestWeekday}). */
public record StatsView(
        long goalId,
        LocalDate on,
        GoalStats.Streak currentStreak,
        GoalStats.Streak bestStreak,
        double score,
        GoalStats.Completion completion,
        GoalStats.Totals totals,
        GoalStats.Remaining remaining,
        String bestWeekday) {

    static StatsView of(long goalId, GoalStats stats) {
        DayOfWeek best = stats.bestWeekday();
        return new StatsView(
                goalId,
                stats.on(),
                stats.currentStreak(),
                stats.bestStreak(),
                stats.score(),
                stats.completion(),
                stats.totals(),
                stats.remaining(),
                best == null ? null : Weekdays.format(best));
    }
}
