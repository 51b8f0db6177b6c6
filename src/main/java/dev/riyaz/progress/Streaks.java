package dev.riyaz.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Streak;

/**
 * Current and best streak as of the last day of a history. Days (daily, weekday and interval goals) or periods (weekly
 * and monthly goals) either count, break the run, or are transparent: planned rest, days the schedule does not expect,
 * periods whose quota planned rest made out of reach, and today or this period while it is not over yet.
 */
final class Streaks {

    private final String unit;
    private int length;
    private LocalDate runStart;
    private LocalDate runEnd;
    private int bestLength;
    private LocalDate bestStart;
    private LocalDate bestEnd;
    private int lastLength;
    private LocalDate lastStart;
    private LocalDate lastEnd;

    private Streaks(String unit) {
        this.unit = unit;
    }

    /** {@code last} is the current run while it lasts, else the run that ended most recently (empty if none). */
    record Result(Streak current, Streak best, Streak last) {}

    static Result of(History history) {
        Schedule schedule = history.goal.schedule();
        Streaks streaks = new Streaks(unit(schedule.period()));
        if (schedule.period() == ChronoUnit.DAYS) {
            streaks.countDays(history);
        } else {
            streaks.countPeriods(history);
        }
        Streak current = streaks.streak(streaks.length, streaks.runStart, streaks.runEnd);
        return new Result(
                current,
                streaks.streak(streaks.bestLength, streaks.bestStart, streaks.bestEnd),
                current.length() > 0
                        ? current
                        : streaks.streak(streaks.lastLength, streaks.lastStart, streaks.lastEnd));
    }

    private void countDays(History history) {
        int first = 0;
        int last = 0;
        int bestFirst = 0;
        int bestLast = 0;
        for (int i = 0; i < history.size; i++) {
            if (!history.expected[i] || history.skipped[i]) {
                continue;
            }
            if (history.qualifies[i]) {
                first = length == 0 ? i : first;
                last = i;
                length++;
                if (length >= bestLength) {
                    bestLength = length;
                    bestFirst = first;
                    bestLast = i;
                }
            } else if (i < history.size - 1) {
                if (length > 0) {
                    ended(length, history.date(first), history.date(last));
                }
                length = 0;
            }
        }
        runStart = history.date(first);
        runEnd = history.date(last);
        bestStart = history.date(bestFirst);
        bestEnd = history.date(bestLast);
    }

    private void countPeriods(History history) {
        Schedule schedule = history.goal.schedule();
        LocalDate period = schedule.periodStart(history.start, history.goal.firstDayOfWeek());
        while (!period.isAfter(history.last)) {
            LocalDate end = schedule.periodEnd(period, history.goal.firstDayOfWeek());
            int from = Math.max(0, history.index(period));
            int to = Math.min(history.size - 1, history.index(end));
            int qualifying = 0;
            int resting = 0;
            for (int i = from; i <= to; i++) {
                qualifying += history.qualifies[i] ? 1 : 0;
                resting += history.skipped[i] ? 1 : 0;
            }
            boolean over = end.isBefore(history.last);
            if (qualifying >= schedule.quota()) {
                extend(history.date(from), over ? end : history.last);
            } else if (over && qualifying + resting < schedule.quota()) {
                if (length > 0) {
                    ended(length, runStart, runEnd);
                }
                length = 0;
            }
            period = end.plusDays(1);
        }
    }

    /** Adds a counted period; the most recent of equally long runs is the best. */
    private void extend(LocalDate start, LocalDate end) {
        if (length == 0) {
            runStart = start;
        }
        length++;
        runEnd = end;
        if (length >= bestLength) {
            bestLength = length;
            bestStart = runStart;
            bestEnd = runEnd;
        }
    }

    private void ended(int length, LocalDate start, LocalDate end) {
        lastLength = length;
        lastStart = start;
        lastEnd = end;
    }

    /** An empty streak has no start or end. */
    private Streak streak(int length, LocalDate start, LocalDate end) {
        return length == 0 ? new Streak(0, unit, null, null) : new Streak(length, unit, start, end);
    }

    private static String unit(ChronoUnit period) {
        return switch (period) {
            case WEEKS -> "weeks";
            case MONTHS -> "months";
            default -> "days";
        };
    }
}
