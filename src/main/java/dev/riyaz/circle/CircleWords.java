package dev.riyaz.circle;

import dev.riyaz.common.Messages;
import dev.riyaz.progress.GoalStats;

/** A shared goal's week and run in plain words, the same on every circle page. */
final class CircleWords {

    private CircleWords() {}

    /** "3 of 5 days this week"; "2 days this week" when nothing is planned. */
    static String week(CircleGoal.Week week) {
        return week.planned() == 0
                ? Messages.get("circle_week_free", week.done())
                : Messages.get("circle_week", week.done(), week.planned());
    }

    /** "Run: 4 days", else "Last run: 6 days", else how strong the habit is. */
    static String run(CircleGoal goal) {
        GoalStats.Streak current = goal.currentRun();
        if (current != null && current.length() > 0) {
            return Messages.get("circle_run_" + current.unit(), current.length());
        }
        GoalStats.Streak last = goal.lastRun();
        if (last != null && last.length() > 0) {
            return Messages.get("circle_last_run_" + last.unit(), last.length());
        }
        return Messages.get("circle_strength", Math.round(goal.score() * 100));
    }
}
