package dev.riyaz.goal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a goal expects practice. The one home of the schedule rules: progress, reminders and pages all ask it.
 *
 * @param times for weekly and monthly schedules: how many days in the week or month
 * @param days for weekday schedules: which weekdays
 * @param every for interval schedules: every Nth day from the start date
 */
public record Schedule(Type type, Integer times, Set<DayOfWeek> days, Integer every) {

    public enum Type {
        daily,
        weekly,
        monthly,
        weekdays,
        interval
    }

    public static Schedule daily() {
        return new Schedule(Type.daily, null, null, null);
    }

    public static Schedule weekly(int times) {
        return new Schedule(Type.weekly, times, null, null);
    }

    public static Schedule monthly(int times) {
        return new Schedule(Type.monthly, times, null, null);
    }

    public static Schedule weekdays(Set<DayOfWeek> days) {
        return new Schedule(Type.weekdays, null, Set.copyOf(EnumSet.copyOf(days)), null);
    }

    public static Schedule interval(int every) {
        return new Schedule(Type.interval, null, null, every);
    }

    /**
     * Whether practice is planned for this day. Weekly and monthly goals may be practised on any day of their period,
     * so every day of it is open.
     */
    public boolean isDueOn(LocalDate day, LocalDate startDate) {
        if (day.isBefore(startDate)) {
            return false;
        }
        return switch (type) {
            case daily, weekly, monthly -> true;
            case weekdays -> days.contains(day.getDayOfWeek());
            case interval -> ChronoUnit.DAYS.between(startDate, day) % every == 0;
        };
    }
}
