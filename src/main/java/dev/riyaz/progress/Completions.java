package dev.riyaz.progress;

import java.time.temporal.ChronoUnit;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Completion;

/**
 * Shares of expected days that qualified over the last 7, 30 and 90 days and since the start, each window ending on
 * the history's last day and never reaching before the start. Planned rest leaves the window. Weekly and monthly goals
 * expect their quota spread over the window: qualifying days over {@code times * days / 7} (or {@code / 30}), capped at
 * 1. A window without any expected day is 0.
 */
final class Completions {

    private Completions() {}

    static Completion of(History history) {
        return new Completion(share(history, 7), share(history, 30), share(history, 90), share(history, history.size));
    }

    private static double share(History history, int days) {
        int from = Math.max(0, history.size - days);
        int qualifying = 0;
        int expected = 0;
        int open = 0;
        for (int i = from; i < history.size; i++) {
            if (history.skipped[i]) {
                continue;
            }
            open++;
            if (history.expected[i]) {
                expected++;
                qualifying += history.qualifies[i] ? 1 : 0;
            }
        }
        Schedule schedule = history.goal.schedule();
        if (schedule.period() != ChronoUnit.DAYS) {
            double quota = (double) schedule.quota() * open / schedule.cycleDays();
            return quota == 0 ? 0 : Math.min(1, qualifying / quota);
        }
        return expected == 0 ? 0 : (double) qualifying / expected;
    }
}
