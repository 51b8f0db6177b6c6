package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month as weeks of days for the goal page, each day with what was logged, so a past day can be opened to log or
 * change its practice.
 */
public record MonthCalendar(
        YearMonth month, List<String> weekdayNames, List<List<Day>> weeks, YearMonth previous, YearMonth next) {

    /**
     * One square of the calendar.
     *
     * @param state {@code counts}, {@code partial}, {@code rest}, {@code open} (planned, nothing yet), {@code free}
     *     (not planned), {@code future} or {@code outside} (another month)
     */
    public record Day(LocalDate date, String state, boolean today, String label) {

        /** The day's state in words, for screen readers and titles. */
        public String stateText() {
            return dev.riyaz.common.Messages.get("calendar_" + state);
        }

        public boolean clickable() {
            return !state.equals("future") && !state.equals("outside");
        }
    }

    static MonthCalendar of(
            GoalSpec spec, Map<LocalDate, DayTally> days, YearMonth month, LocalDate today, DayOfWeek firstDay) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDay.minus(1)));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            week.add(new Day(date, state(spec, days.get(date), date, month, today), date.equals(today), label(date)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(firstDay.plus(i).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        YearMonth next = month.plusMonths(1);
        return new MonthCalendar(
                month, names, weeks, month.minusMonths(1), next.isAfter(YearMonth.from(today)) ? null : next);
    }

    private static String state(GoalSpec spec, DayTally tally, LocalDate date, YearMonth month, LocalDate today) {
        if (!YearMonth.from(date).equals(month)) {
            return "outside";
        }
        if (date.isAfter(today)) {
            return "future";
        }
        if (tally != null && ProgressCalculator.qualifies(spec, tally)) {
            return "counts";
        }
        if (tally != null && tally.done() > 0) {
            return "partial";
        }
        if (tally != null && tally.skipped() > 0) {
            return "rest";
        }
        return spec.schedule().isDueOn(date, spec.startDate()) ? "open" : "free";
    }

    private static String label(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public String title() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
