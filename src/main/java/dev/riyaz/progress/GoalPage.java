package dev.riyaz.progress;

import java.time.LocalDate;

import dev.riyaz.goal.GoalView;

/** Everything the goal page shows about one goal. */
public record GoalPage(GoalView goal, GoalStats stats, LocalDate today, MonthCalendar calendar) {

    public long scorePercent() {
        return Math.round(stats.score() * 100);
    }

    public long percent(double share) {
        return Math.round(share * 100);
    }
}
