package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.riyaz.goal.Goal;
import dev.riyaz.goal.Schedule;

/**
 * What the progress rules need to know about a goal.
 *
 * @param dailyTarget the amount that makes a day count for measured goals; null for check goals
 * @param firstDayOfWeek where the owner's weeks start (weekly quotas, "this week")
 */
public record GoalSpec(Schedule schedule, LocalDate startDate, BigDecimal dailyTarget, DayOfWeek firstDayOfWeek) {

    public static GoalSpec of(Goal goal, DayOfWeek firstDayOfWeek) {
        return new GoalSpec(goal.schedule(), goal.startDate, goal.dailyTarget, firstDayOfWeek);
    }

    public boolean measured() {
        return dailyTarget != null;
    }
}
