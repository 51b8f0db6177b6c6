package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Where a goal stands on a day, in the shape of {@code GET /api/v1/goals/{id}/stats} (without the goal id).
 *
 * @param score the habit strength, 0..1
 * @param bestWeekday the weekday with the most qualifying days (ties: the earliest in the week); null with no practice
 * @param lastStreak the current streak while it lasts, else the one that ended most recently (empty if none); null in
 *     stats cached before it was kept
 */
public record GoalStats(
        LocalDate on,
        Streak currentStreak,
        Streak bestStreak,
        double score,
        Completion completion,
        Totals totals,
        Remaining remaining,
        DayOfWeek bestWeekday,
        Streak lastStreak) {

    /**
     * A run of counted days, weeks or months. An empty streak has length 0 and no start or end.
     *
     * @param unit {@code days}, {@code weeks} or {@code months}, as fits the schedule
     */
    public record Streak(int length, String unit, LocalDate start, LocalDate end) {}

    /** Shares of expected days that qualified, 0..1, over the last 7, 30, 90 days and since the start. */
    public record Completion(double last7, double last30, double last90, double allTime) {}

    /** Sums of the measured amount (0 for check goals). */
    public record Totals(BigDecimal thisWeek, BigDecimal thisMonth, BigDecimal allTime) {}

    /**
     * What is still needed: {@code today} in the goal's unit for measured goals (1 or 0 for check goals; 0 when done
     * or not planned today), {@code thisPeriod} in days for the current week (daily, weekday, interval and weekly
     * goals) or month (monthly goals).
     */
    public record Remaining(BigDecimal today, BigDecimal thisPeriod) {}
}
