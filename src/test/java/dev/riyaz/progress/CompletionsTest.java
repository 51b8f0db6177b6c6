package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Completion;

import static dev.riyaz.progress.Days.check;
import static dev.riyaz.progress.Days.day;
import static dev.riyaz.progress.Days.doneOn;
import static dev.riyaz.progress.Days.everyDay;
import static dev.riyaz.progress.Days.skipped;
import static dev.riyaz.progress.Days.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Completion rates, through {@link ProgressCalculator#stats}. 2026-01-05 is a Monday. */
class CompletionsTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static Completion completion(GoalSpec goal, List<DayTally> days, String on) {
        return ProgressCalculator.stats(goal, days, day(on)).completion();
    }

    @Test
    void dailyGoalCountsExpectedDaysAndLeavesPlannedRestOut() {
        // 5..14 January: missed the 6th and 10th, rested on the 12th.
        List<DayTally> days = with(
                doneOn(
                        "2026-01-05",
                        "2026-01-07",
                        "2026-01-08",
                        "2026-01-09",
                        "2026-01-11",
                        "2026-01-13",
                        "2026-01-14"),
                skipped("2026-01-12"));

        Completion completion = completion(check(Schedule.daily(), "2026-01-05"), days, "2026-01-14");

        assertThat(completion.last7()).as("8..14: 5 of 6").isCloseTo(5.0 / 6, EXACT);
        assertThat(completion.last30()).as("from the start: 7 of 9").isCloseTo(7.0 / 9, EXACT);
        assertThat(completion.last90()).isCloseTo(7.0 / 9, EXACT);
        assertThat(completion.allTime()).isCloseTo(7.0 / 9, EXACT);
    }

    @Test
    void weekdayGoalCountsOnlyItsDays() {
        GoalSpec mwf =
                check(Schedule.weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)), "2026-01-05");

        Completion completion = completion(mwf, doneOn("2026-01-05", "2026-01-09", "2026-01-10"), "2026-01-11");

        assertThat(completion.last7())
                .as("Mon and Fri of Mon, Wed, Fri; Saturday is extra")
                .isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void intervalGoalCountsEveryNthDay() {
        // Expected 5, 8, 11, 14 January.
        Completion completion = completion(
                check(Schedule.interval(3), "2026-01-05"),
                doneOn("2026-01-05", "2026-01-08", "2026-01-14"),
                "2026-01-14");

        assertThat(completion.last7()).as("8, 11, 14").isCloseTo(2.0 / 3, EXACT);
        assertThat(completion.allTime()).isCloseTo(3.0 / 4, EXACT);
    }

    @Test
    void weeklyGoalSpreadsItsQuotaOverTheWindow() {
        GoalSpec threeAWeek = check(Schedule.weekly(3), "2026-01-05");
        List<DayTally> days = doneOn("2026-01-05", "2026-01-07", "2026-01-09", "2026-01-12");

        Completion completion = completion(threeAWeek, days, "2026-01-18");

        assertThat(completion.last7()).as("1 of 3 x 7/7").isCloseTo(1.0 / 3, EXACT);
        assertThat(completion.last30()).as("4 of 3 x 14/7, from the start").isCloseTo(4.0 / 6, EXACT);
        Completion rested =
                completion(threeAWeek, with(days, skipped("2026-01-13"), skipped("2026-01-14")), "2026-01-18");
        assertThat(rested.last7()).as("1 of 3 x 5/7").isCloseTo(7.0 / 15, EXACT);
        assertThat(completion(threeAWeek, everyDay("2026-01-12", 7), "2026-01-18")
                        .last7())
                .as("capped")
                .isEqualTo(1.0);
    }

    @Test
    void monthlyGoalSpreadsItsQuotaOverThirtyDays() {
        GoalSpec tenAMonth = check(Schedule.monthly(10), "2026-01-01");
        List<DayTally> days = with(everyDay("2026-01-01", 13), Days.done("2026-01-25"), Days.done("2026-01-28"));

        Completion completion = completion(tenAMonth, days, "2026-01-30");

        assertThat(completion.last7()).as("24..30: 2 of 10 x 7/30").isCloseTo(2 / (10 * 7 / 30.0), EXACT);
        assertThat(completion.last30()).as("15 of 10, capped").isEqualTo(1.0);
    }

    @Test
    void noExpectedDayIsZero() {
        GoalSpec mondays = check(Schedule.weekdays(Set.of(DayOfWeek.MONDAY)), "2026-01-06");

        assertThat(completion(mondays, doneOn("2026-01-06"), "2026-01-06")).isEqualTo(new Completion(0, 0, 0, 0));
        assertThat(completion(check(Schedule.daily(), "2026-01-05"), everyDay("2026-01-01", 3), "2026-01-03"))
                .as("before the start")
                .isEqualTo(new Completion(0, 0, 0, 0));
    }
}
