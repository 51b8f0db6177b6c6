package dev.riyaz.goal;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.Choice;
import dev.riyaz.common.Messages;

/** How goals read on pages: "3 days a week", "30 minutes a day". */
@TemplateExtension
public class GoalTexts {

    static final List<Choice> SCHEDULE_TYPES = java.util.Arrays.stream(Schedule.Type.values())
            .map(type -> new Choice(type.name(), Messages.get("schedule_" + type.name())))
            .toList();

    static final List<Choice> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN").stream()
            .map(day -> new Choice(day, Messages.get("day_" + day)))
            .toList();

    static String scheduleText(GoalView goal) {
        GoalRequest.ScheduleJson s = goal.schedule();
        return switch (Schedule.Type.valueOf(s.type())) {
            case daily -> Messages.get("schedule_text_daily");
            case weekly -> Messages.get("schedule_text_weekly", s.times());
            case monthly -> Messages.get("schedule_text_monthly", s.times());
            case interval -> Messages.get("schedule_text_interval", s.every());
            case weekdays -> s.days().stream()
                    .map(day -> Messages.get("day_short_" + day))
                    .collect(Collectors.joining(", "));
        };
    }

    static String targetText(GoalView goal) {
        if (goal.dailyTarget() == null) {
            return Messages.get("goal_target_check");
        }
        return Messages.get(
                "goal_target_measured",
                goal.dailyTarget().toPlainString(),
                Units.unitFor(goal.dailyTarget(), goal.unit()));
    }
}
