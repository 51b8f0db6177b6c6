package dev.riyaz.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A goal as the API shows it. */
public record GoalView(
        long id,
        String title,
        String description,
        String kind,
        String unit,
        BigDecimal dailyTarget,
        GoalRequest.ScheduleJson schedule,
        LocalDate startDate,
        String color,
        List<String> tags,
        boolean archived,
        int position,
        Instant createdAt,
        String icon) {

    public static GoalView of(Goal goal) {
        return new GoalView(
                goal.id,
                goal.title,
                goal.description,
                goal.kind.name(),
                goal.unit,
                goal.dailyTarget == null ? null : goal.dailyTarget.stripTrailingZeros(),
                GoalRequest.ScheduleJson.of(goal.schedule()),
                goal.startDate,
                goal.color,
                goal.tagList(),
                goal.archived,
                goal.position,
                goal.createdAt,
                goal.icon);
    }
}
