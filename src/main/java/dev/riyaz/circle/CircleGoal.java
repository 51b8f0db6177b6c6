package dev.riyaz.circle;

import dev.riyaz.goal.GoalRequest;
import dev.riyaz.progress.GoalStats;

/**
 * A goal as a circle sees it (API.md SharedGoal): its title, unit, schedule, this week, runs and strength. Never its
 * notes, links or description, and never its owner's e-mail.
 *
 * @param lastRun the most recent run, which is the current one while it lasts; null when there never was one
 * @param score the habit strength, 0..1
 */
public record CircleGoal(
        long goalId,
        String title,
        String unit,
        GoalRequest.ScheduleJson schedule,
        Week thisWeek,
        GoalStats.Streak currentRun,
        GoalStats.Streak lastRun,
        double score) {

    /** This week in the owner's own week: days that counted, and days planned. */
    public record Week(int done, int planned) {}
}
