package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.riyaz.goal.Schedule;

/** Small factories for goals and day tallies in progress tests. */
final class Days {

    private Days() {}

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static GoalSpec check(Schedule schedule, String start) {
        return new GoalSpec(schedule, day(start), null, DayOfWeek.MONDAY);
    }

    static GoalSpec check(Schedule schedule, String start, DayOfWeek firstDayOfWeek) {
        return new GoalSpec(schedule, day(start), null, firstDayOfWeek);
    }

    static GoalSpec measured(Schedule schedule, String start, String dailyTarget) {
        return new GoalSpec(schedule, day(start), new BigDecimal(dailyTarget), DayOfWeek.MONDAY);
    }

    static DayTally done(String iso) {
        return new DayTally(day(iso), 1, 0, BigDecimal.ZERO);
    }

    static DayTally done(LocalDate date) {
        return new DayTally(date, 1, 0, BigDecimal.ZERO);
    }

    static DayTally amount(String iso, String amount) {
        return new DayTally(day(iso), 1, 0, new BigDecimal(amount));
    }

    static DayTally skipped(String iso) {
        return new DayTally(day(iso), 0, 1, BigDecimal.ZERO);
    }

    /** A done tally on every day from {@code first} for {@code count} days. */
    static List<DayTally> everyDay(String first, int count) {
        List<DayTally> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(done(day(first).plusDays(i)));
        }
        return days;
    }

    static List<DayTally> doneOn(String... isoDays) {
        List<DayTally> days = new ArrayList<>();
        for (String iso : isoDays) {
            days.add(done(iso));
        }
        return days;
    }

    static List<DayTally> with(List<DayTally> days, DayTally... more) {
        List<DayTally> all = new ArrayList<>(days);
        all.addAll(List.of(more));
        return all;
    }
}
