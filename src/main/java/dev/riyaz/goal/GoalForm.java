package dev.riyaz.goal;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Tags;

/** The goal form's fields as the browser posts them. */
public class GoalForm {

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String kind;

    @RestForm
    public String unit;

    @RestForm
    public String dailyTarget;

    @RestForm
    public String scheduleType;

    @RestForm
    public String times;

    @RestForm
    public List<String> days;

    @RestForm
    public String every;

    @RestForm
    public String startDate;

    @RestForm
    public String color;

    @RestForm
    public String tags;

    @RestForm
    public String icon;

    /** The same request the JSON API takes; unreadable numbers and dates become field errors. */
    GoalRequest toRequest() {
        return new GoalRequest(
                title,
                description,
                FormValues.text(kind),
                unit,
                FormValues.number("dailyTarget", dailyTarget),
                new GoalRequest.ScheduleJson(
                        FormValues.text(scheduleType) == null ? "daily" : scheduleType,
                        FormValues.integer("schedule.times", times),
                        days == null || days.isEmpty() ? null : days,
                        FormValues.integer("schedule.every", every)),
                FormValues.date("startDate", startDate),
                FormValues.text(color),
                Tags.typed(tags),
                null,
                null,
                icon == null ? "" : icon);
    }

    /** The form as typed, to show again next to its errors. */
    FormState state() {
        FormState state = FormState.empty()
                .with("title", title)
                .with("description", description)
                .with("kind", kind)
                .with("unit", unit)
                .with("dailyTarget", dailyTarget)
                .with("scheduleType", scheduleType)
                .with("times", times)
                .with("every", every)
                .with("startDate", startDate)
                .with("color", color)
                .with("tags", tags)
                .with("icon", icon);
        if (days != null) {
            days.forEach(day -> state.with("day-" + day, "on"));
        }
        return state;
    }

    /** A form filled with a goal's current values. */
    static FormState of(GoalView goal) {
        FormState state = FormState.empty()
                .with("title", goal.title())
                .with("description", goal.description())
                .with("kind", goal.kind())
                .with("unit", goal.unit())
                .with(
                        "dailyTarget",
                        goal.dailyTarget() == null ? "" : goal.dailyTarget().toPlainString())
                .with("scheduleType", goal.schedule().type())
                .with("times", goal.schedule().times())
                .with("every", goal.schedule().every())
                .with("startDate", goal.startDate())
                .with("color", goal.color())
                .with("tags", String.join(", ", goal.tags()))
                .with("icon", goal.icon());
        if (goal.schedule().days() != null) {
            goal.schedule().days().forEach(day -> state.with("day-" + day, "on"));
        }
        return state;
    }

    /** Sensible defaults for a new goal: 30 minutes a day. */
    static FormState fresh(java.time.LocalDate today, String color) {
        return FormState.empty()
                .with("kind", "measured")
                .with("unit", "minutes")
                .with("dailyTarget", "30")
                .with("scheduleType", "daily")
                .with("times", "3")
                .with("every", "2")
                .with("startDate", today)
                .with("color", color);
    }
}
