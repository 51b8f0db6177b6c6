package dev.riyaz.progress;

import java.math.BigDecimal;

import dev.riyaz.goal.GoalView;

/**
 * Where one goal stands today: whether it is planned, what was logged, whether today already counts, and what is left.
 *
 * @param remaining for measured goals, the amount still needed today (0 when done); null for check goals
 */
public record GoalToday(
        GoalView goal,
        boolean due,
        int doneEntries,
        boolean skipped,
        BigDecimal amount,
        boolean counts,
        BigDecimal remaining) {

    public boolean measured() {
        return goal.dailyTarget() != null;
    }
}
