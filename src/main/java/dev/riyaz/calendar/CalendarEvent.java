package dev.riyaz.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.riyaz.goal.Goal;

/**
 * A goal reminder as one repeating event of the calendar feed: at the reminder's local time on its weekdays, from the
 * day it was made.
 *
 * @param notes the goal's description; may be null
 * @param from the local date the reminder was made
 */
record CalendarEvent(
        long reminderId,
        long goalId,
        String title,
        String notes,
        LocalTime time,
        Set<DayOfWeek> days,
        LocalDate from,
        Duration length) {

    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(15);
    static final long MIN_MINUTES = 5;
    static final long MAX_MINUTES = 180;
    private static final Set<String> MINUTES = Set.of("minutes", "minute", "mins", "min");
    private static final Set<String> HOURS = Set.of("hours", "hour", "hrs", "hr", "h");

    CalendarEvent {
        days = Set.copyOf(days);
    }

    /** The first time it happens: the first of its weekdays on or after {@link #from}, at its time. */
    LocalDateTime start() {
        LocalDate date = from;
        for (int i = 0; i < 7 && !days.contains(date.getDayOfWeek()); i++) {
            date = date.plusDays(1);
        }
        return date.atTime(time);
    }

    /** {@code FREQ=DAILY} for every day of the week, {@code FREQ=WEEKLY;BYDAY=MO,WE,FR} otherwise. */
    String rrule() {
        if (days.size() == 7) {
            return "FREQ=DAILY";
        }
        return "FREQ=WEEKLY;BYDAY="
                + EnumSet.copyOf(days).stream().map(IcsWriter::weekday).collect(Collectors.joining(","));
    }

    /** A goal's daily target when it is counted in minutes or hours (5 minutes to 3 hours), 15 minutes otherwise. */
    static Duration lengthFor(Goal goal) {
        if (!goal.measured() || goal.dailyTarget == null || goal.unit == null) {
            return DEFAULT_LENGTH;
        }
        String unit = goal.unit.trim().toLowerCase(Locale.ROOT);
        BigDecimal minutes;
        if (MINUTES.contains(unit)) {
            minutes = goal.dailyTarget;
        } else if (HOURS.contains(unit)) {
            minutes = goal.dailyTarget.multiply(BigDecimal.valueOf(60));
        } else {
            return DEFAULT_LENGTH;
        }
        long whole = minutes.setScale(0, RoundingMode.CEILING).longValue();
        return Duration.ofMinutes(Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, whole)));
    }
}
