package dev.riyaz.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.riyaz.common.Tags;
import dev.riyaz.common.Weekdays;

/**
 * A goal as clients send it (create and replace). Omitted optional fields take defaults: kind {@code check}, a daily
 * schedule, starting today, a colour from the palette, no icon. For PATCH, omitted fields keep their current value (an
 * empty {@code icon} removes it).
 */
public record GoalRequest(
        String title,
        String description,
        String kind,
        String unit,
        BigDecimal dailyTarget,
        @Valid ScheduleJson schedule,
        LocalDate startDate,
        String color,
        @Size(max = Tags.MAX, message = "Use at most " + Tags.MAX + " tags.") List<String> tags,
        Boolean archived,
        Integer position,
        String icon) {

    /** A request without an icon. */
    public GoalRequest(
            String title,
            String description,
            String kind,
            String unit,
            BigDecimal dailyTarget,
            ScheduleJson schedule,
            LocalDate startDate,
            String color,
            List<String> tags,
            Boolean archived,
            Integer position) {
        this(title, description, kind, unit, dailyTarget, schedule, startDate, color, tags, archived, position, null);
    }

    /** The schedule in JSON: {@code {"type":"weekly","times":3}}, {@code {"type":"weekdays","days":["MON"]}}, ... */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleJson(
            String type,
            Integer times,
            @Size(max = 7, message = "Use each weekday at most once: at most 7 days.") List<String> days,
            Integer every) {

        static ScheduleJson of(Schedule schedule) {
            List<String> days = schedule.days() == null
                    ? null
                    : schedule.days().stream().sorted().map(Weekdays::format).toList();
            return new ScheduleJson(schedule.type().name(), schedule.times(), days, schedule.every());
        }
    }

    /** This request with every field the patch sets replaced. */
    GoalRequest overlay(GoalRequest patch) {
        return new GoalRequest(
                pick(patch.title, title),
                pick(patch.description, description),
                pick(patch.kind, kind),
                pick(patch.unit, unit),
                pick(patch.dailyTarget, dailyTarget),
                pick(patch.schedule, schedule),
                pick(patch.startDate, startDate),
                pick(patch.color, color),
                pick(patch.tags, tags),
                pick(patch.archived, archived),
                patch.position,
                pick(patch.icon, icon));
    }

    static GoalRequest of(Goal goal) {
        return new GoalRequest(
                goal.title,
                goal.description,
                goal.kind.name(),
                goal.unit,
                goal.dailyTarget,
                ScheduleJson.of(goal.schedule()),
                goal.startDate,
                goal.color,
                goal.tagList(),
                goal.archived,
                null,
                goal.icon);
    }

    private static <T> T pick(T wanted, T current) {
        return wanted != null ? wanted : current;
    }
}
