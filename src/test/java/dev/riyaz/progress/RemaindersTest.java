package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Remaining;

import static dev.riyaz.progress.Days.amount;
import static dev.riyaz.progress.Days.check;
import static dev.riyaz.progress.Days.day;
import static dev.riyaz.progress.Days.doneOn;
import static dev.riyaz.progress.Days.measured;
import static dev.riyaz.progress.Days.skipped;
import static org.assertj.core.api.Assertions.assertThat;

/** What is left today and this week or month, through {@link ProgressCalculator#stats}. 2026-01-05 is a Monday. */
class RemaindersTest {

    private static final GoalSpec DAILY = check(Schedule.daily(), "2026-01-05");

    private static Remaining remaining(GoalSpec goal, List<DayTally> days, String on) {
        return ProgressCalculator.stats(goal, days, day(on)).remaining();
    }

    private static Remaining left(String today, int thisPeriod) {
        return new Remaining(new BigDecimal(today), BigDecimal.valueOf(thisPeriod));
    }

    @Test
    void measuredGoalNeedsTheRestOfTheTarget() {
        GoalSpec minutes = measured(Schedule.daily(), "2026-01-05", "30");

        assertThat(remaining(minutes, List.of(amount("2026-01-07", "18")), "2026-01-07"))
                .as("12 more minutes; Wednesday to Sunday still open")
                .isEqualTo(left("12", 5));
        assertThat(remaining(minutes, List.of(amount("2026-01-07", "17.50")), "2026-01-07")
                        .today())
                .isEqualTo(new BigDecimal("12.5"));
        assertThat(remaining(minutes, List.of(amount("2026-01-07", "30")), "2026-01-07"))
                .as("done for today")
                .isEqualTo(left("0", 4));
    }

    @Test
    void checkGoalNeedsOneOrNothing() {
        assertThat(remaining(DAILY, List.of(), "2026-01-11")).isEqualTo(left("1", 1));
        assertThat(remaining(DAILY, doneOn("2026-01-11"), "2026-01-11")).isEqualTo(left("0", 0));
    }

    @Test
    void plannedRestNeedsNothingToday() {
        assertThat(remaining(DAILY, List.of(skipped("2026-01-10")), "2026-01-10"))
                .isEqualTo(left("0", 1));
    }

    @Test
    void dayTheScheduleDoesNotExpectNeedsNothing() {
        GoalSpec mwf =
                check(Schedule.weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)), "2026-01-05");
        GoalSpec everyOther = check(Schedule.interval(2), "2026-01-05");

        assertThat(remaining(mwf, List.of(), "2026-01-06"))
                .as("Tuesday; Wed and Fri to come")
                .isEqualTo(left("0", 2));
        assertThat(remaining(everyOther, List.of(), "2026-01-06"))
                .as("7, 9, 11 to come")
                .isEqualTo(left("0", 3));
    }

    @Test
    void weeklyGoalCountsDaysStillNeededThisWeek() {
        GoalSpec threeAWeek = check(Schedule.weekly(3), "2026-01-05");

        assertThat(remaining(threeAWeek, doneOn("2026-01-05"), "2026-01-07")).isEqualTo(left("1", 2));
        assertThat(remaining(threeAWeek, doneOn("2026-01-05", "2026-01-06", "2026-01-07"), "2026-01-08"))
                .as("quota met: nothing needed today either")
                .isEqualTo(left("0", 0));
    }

    @Test
    void monthlyGoalCountsDaysStillNeededThisMonth() {
        GoalSpec fourAMonth = check(Schedule.monthly(4), "2026-01-05");

        assertThat(remaining(fourAMonth, doneOn("2026-01-30", "2026-02-02", "2026-02-10"), "2026-02-20"))
                .isEqualTo(left("1", 2));
    }

    @Test
    void theWeekEndsWhereTheOwnersWeekEnds() {
        // Saturday 10 January: the last day of a week from Sunday, the second to last of a week from Monday.
        assertThat(remaining(check(Schedule.daily(), "2026-01-05", DayOfWeek.SUNDAY), List.of(), "2026-01-10"))
                .isEqualTo(left("1", 1));
        assertThat(remaining(DAILY, List.of(), "2026-01-10")).isEqualTo(left("1", 2));
    }
}
