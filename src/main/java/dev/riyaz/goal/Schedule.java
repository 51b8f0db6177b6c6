package dev.riyaz.goal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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

    /** Weekly and monthly goals are counted in weeks or months (a period counts when its quota is met); others by day. */
    public ChronoUnit period() {
        return switch (type) {
            case weekly -> ChronoUnit.WEEKS;
            case monthly -> ChronoUnit.MONTHS;
            case daily, weekdays, interval -> ChronoUnit.DAYS;
        };
    }

    /** The first day of the period (week, month or the day itself) that holds this day. */
    public LocalDate periodStart(LocalDate day, DayOfWeek firstDayOfWeek) {
        return switch (period()) {
            case WEEKS -> weekStart(day, firstDayOfWeek);
            case MONTHS -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    /** The last day of the period that holds this day. */
    public LocalDate periodEnd(LocalDate day, DayOfWeek firstDayOfWeek) {
        return switch (period()) {
            case WEEKS -> weekStart(day, firstDayOfWeek).plusDays(6);
            case MONTHS -> day.withDayOfMonth(day.lengthOfMonth());
            default -> day;
        };
    }

    /** How many qualifying days a period needs: the times of a weekly or monthly goal, one for a single day. */
    public int quota() {
        return period() == ChronoUnit.DAYS ? 1 : times;
    }

    /**
     * The days of one round of the schedule, in which it expects {@link #timesPerCycle()} qualifying days: a day for
     * daily goals, 7 for weekly and weekday goals, 30 for monthly goals, N for every N days.
     */
    public int cycleDays() {
        return switch (type) {
            case daily -> 1;
            case weekly, weekdays -> 7;
            case monthly -> 30;
            case interval -> every;
        };
    }

    /** How many qualifying days one round of the schedule expects (see {@link #cycleDays()}). */
    public int timesPerCycle() {
        return switch (type) {
            case daily, interval -> 1;
            case weekly, monthly -> times;
            case weekdays -> days.size();
        };
    }

    /** Expected practice per day: 1 for daily goals, 3/7 for 3 days a week, 1/N for every N days. */
    public double frequency() {
        return (double) timesPerCycle() / cycleDays();
    }

    /** The day a week starts on, for weeks that start on {@code firstDayOfWeek}. */
    public static LocalDate weekStart(LocalDate day, DayOfWeek firstDayOfWeek) {
        return day.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
    }
}
