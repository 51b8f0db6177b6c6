package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Totals;

import static dev.riyaz.progress.Days.amount;
import static dev.riyaz.progress.Days.check;
import static dev.riyaz.progress.Days.day;
import static dev.riyaz.progress.Days.doneOn;
import static dev.riyaz.progress.Days.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** Totals, best weekday, and tallies in any order, through {@link ProgressCalculator#stats}. */
class AmountsTest {

    private static final GoalSpec MINUTES = measured(Schedule.daily(), "2026-01-01", "30");

    /** Tuesday 3 February 2026 is "today"; the 2nd is a Monday, the 1st a Sunday. */
    private static List<DayTally> minutes() {
        return List.of(
                amount("2025-12-31", "99"), // before the start: ignored
                amount("2026-01-02", "40.00"),
                amount("2026-01-26", "32.50"),
                amount("2026-02-01", "5"),
                amount("2026-02-02", "15"),
                amount("2026-02-03", "7.50"),
                amount("2026-02-04", "60")); // after "today": ignored
    }

    private static Totals totals(GoalSpec goal, List<DayTally> days) {
        return ProgressCalculator.stats(goal, days, day("2026-02-03")).totals();
    }

    @Test
    void totalsSumTheWeekTheMonthAndAllTimeWithoutTrailingZeros() {
        Totals totals = totals(MINUTES, minutes());

        assertThat(totals).isEqualTo(new Totals(new BigDecimal("22.5"), new BigDecimal("27.5"), new BigDecimal("100")));
        assertThat(totals.allTime().toString()).isEqualTo("100");
    }

    @Test
    void thisWeekStartsOnTheOwnersFirstDayOfWeek() {
        GoalSpec fromSunday = new GoalSpec(Schedule.daily(), day("2026-01-01"), new BigDecimal("30"), DayOfWeek.SUNDAY);

        assertThat(totals(fromSunday, minutes()).thisWeek()).isEqualTo(new BigDecimal("27.5"));
    }

    @Test
    void checkGoalsHaveNoAmounts() {
        GoalSpec daily = check(Schedule.daily(), "2026-01-01");

        assertThat(totals(daily, doneOn("2026-02-02")))
                .isEqualTo(new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void bestWeekdayHasTheMostQualifyingDaysAndTheEarliestWinsATie() {
        GoalSpec daily = check(Schedule.daily(), "2026-01-05");
        List<DayTally> mondaysAndWednesdays = doneOn("2026-01-05", "2026-01-07", "2026-01-12", "2026-01-14");

        assertThat(ProgressCalculator.stats(daily, mondaysAndWednesdays, day("2026-01-31"))
                        .bestWeekday())
                .isEqualTo(DayOfWeek.MONDAY);
        List<DayTally> moreFridays = Days.with(
                mondaysAndWednesdays, Days.done("2026-01-09"), Days.done("2026-01-16"), Days.done("2026-01-23"));
        assertThat(ProgressCalculator.stats(daily, moreFridays, day("2026-01-31"))
                        .bestWeekday())
                .isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ProgressCalculator.stats(daily, List.of(), day("2026-01-31")).bestWeekday())
                .isNull();
    }

    @Test
    void backDatedAndSplitTalliesGiveTheSameStats() {
        List<DayTally> inOrder = minutes();
        List<DayTally> backDated = new ArrayList<>(inOrder);
        Collections.reverse(backDated);
        // The 26 January logged as two tallies, 20 and 12.50: together they reach the target.
        backDated.remove(amount("2026-01-26", "32.50"));
        backDated.add(0, amount("2026-01-26", "12.50"));
        backDated.add(amount("2026-01-26", "20"));

        assertThat(ProgressCalculator.stats(MINUTES, backDated, day("2026-02-03")))
                .isEqualTo(ProgressCalculator.stats(MINUTES, inOrder, day("2026-02-03")));
    }
}
