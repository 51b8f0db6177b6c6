package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;

import static dev.riyaz.progress.Days.amount;
import static dev.riyaz.progress.Days.check;
import static dev.riyaz.progress.Days.day;
import static dev.riyaz.progress.Days.doneOn;
import static dev.riyaz.progress.Days.everyDay;
import static dev.riyaz.progress.Days.measured;
import static dev.riyaz.progress.Days.skipped;
import static dev.riyaz.progress.Days.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The habit-strength score, through {@link ProgressCalculator#scores}. 2026-01-05 is a Monday. */
class ScoresTest {

    private static final Offset<Double> SIX_DECIMALS = within(0.0000005);

    private static double[] scores(GoalSpec goal, List<DayTally> days, String from, int count) {
        return ProgressCalculator.scores(goal, days, day(from), day(from).plusDays(count - 1)).stream()
                .mapToDouble(DailyScore::score)
                .toArray();
    }

    private static double firstDay(Schedule schedule) {
        return scores(check(schedule, "2026-01-05"), doneOn("2026-01-05"), "2026-01-05", 1)[0];
    }

    @Test
    void perfectDailyGoalReachesLoopsPublishedValues() {
        double[] scores = scores(check(Schedule.daily(), "2026-01-05"), everyDay("2026-01-05", 100), "2026-01-05", 100);

        // 1 - 0.5^(30/13) = 0.79802 and 1 - 0.5^(100/13) = 0.99517
        assertThat(scores[29]).isCloseTo(0.798, within(0.0005));
        assertThat(scores[99]).isCloseTo(0.995, within(0.0005));
    }

    /**
     * 3 a week, done Monday, Wednesday and Friday of the first week. m = 0.5^(sqrt(3/7)/13) = 0.965697, 1 - m =
     * 0.034303; pct = done days in the last 14 / 6.
     *
     * <pre>
     * Mon: 0.000000 x 0.965697 + 1/6 x 0.034303 = 0.000000 + 0.005717 = 0.005717
     * Tue: 0.005717 x 0.965697 + 1/6 x 0.034303 = 0.005521 + 0.005717 = 0.011238
     * Wed: 0.011238 x 0.965697 + 2/6 x 0.034303 = 0.010853 + 0.011434 = 0.022287
     * Thu: 0.022287 x 0.965697 + 2/6 x 0.034303 = 0.021523 + 0.011434 = 0.032957
     * Fri: 0.032957 x 0.965697 + 3/6 x 0.034303 = 0.031827 + 0.017152 = 0.048978
     * Sat: 0.048978 x 0.965697 + 3/6 x 0.034303 = 0.047298 + 0.017152 = 0.064450
     * Sun: 0.064450 x 0.965697 + 3/6 x 0.034303 = 0.062239 + 0.017152 = 0.079391
     * </pre>
     */
    @Test
    void threeTimesAWeekFollowsTheHandComputedFirstWeek() {
        GoalSpec goal = check(Schedule.weekly(3), "2026-01-05");

        double[] scores = scores(goal, doneOn("2026-01-05", "2026-01-07", "2026-01-09"), "2026-01-05", 7);

        assertThat(scores[0]).isCloseTo(0.005717, SIX_DECIMALS);
        assertThat(scores[1]).isCloseTo(0.011238, SIX_DECIMALS);
        assertThat(scores[2]).isCloseTo(0.022287, SIX_DECIMALS);
        assertThat(scores[3]).isCloseTo(0.032957, SIX_DECIMALS);
        assertThat(scores[4]).isCloseTo(0.048978, SIX_DECIMALS);
        assertThat(scores[5]).isCloseTo(0.064450, SIX_DECIMALS);
        assertThat(scores[6]).isCloseTo(0.079391, SIX_DECIMALS);
    }

    /** From the 14th day on, every 14-day window holds 6 of the Monday-Wednesday-Friday days: pct = 1. */
    @Test
    void threeTimesAWeekKeepsClimbingOnceTheDoubledWindowIsFull() {
        GoalSpec goal = check(Schedule.weekly(3), "2026-01-05");
        List<DayTally> days =
                doneOn("2026-01-05", "2026-01-07", "2026-01-09", "2026-01-12", "2026-01-14", "2026-01-16");
        days = with(days, Days.done("2026-01-19"), Days.done("2026-01-21"));

        double[] scores = scores(goal, days, "2026-01-05", 21);

        // Week 2: pct 4/6, 4/6, 5/6, 5/6, 1, 1, 1 -> 0.249960 on Sunday the 18th (same recurrence as above).
        assertThat(scores[13]).isCloseTo(0.249960, SIX_DECIMALS);
        // Monday 19th: the window 6..19 still holds 6 days: 0.249960 x 0.965697 + 0.034303 = 0.275689.
        assertThat(scores[14]).isCloseTo(0.275689, SIX_DECIMALS);
    }

    @Test
    void eachScheduleTypeUsesItsFrequencyAndDoubledQuota() {
        // One done day on the start date: score = (1 - m) x 1 / quota.
        assertThat(firstDay(Schedule.daily())).isCloseTo(0.051922, SIX_DECIMALS); // m = 0.5^(1/13), quota 1
        assertThat(firstDay(Schedule.monthly(10))).isCloseTo(0.001516, SIX_DECIMALS); // f = 10/30, quota 20
        assertThat(firstDay(Schedule.weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))))
                .isCloseTo(0.007024, SIX_DECIMALS); // f = 2/7, quota 4
        assertThat(firstDay(Schedule.interval(2))).isCloseTo(0.018500, SIX_DECIMALS); // f = 1/2, quota 2
    }

    @Test
    void measuredGoalEarnsPartialCreditBelowTheTarget() {
        GoalSpec minutes = measured(Schedule.daily(), "2026-01-05", "30");

        assertThat(scores(minutes, List.of(amount("2026-01-05", "20")), "2026-01-05", 1)[0])
                .isCloseTo(0.034615, SIX_DECIMALS); // 0.051922 x 20/30
        assertThat(scores(minutes, List.of(amount("2026-01-05", "45")), "2026-01-05", 1)[0])
                .isCloseTo(0.051922, SIX_DECIMALS); // capped at full credit
        assertThat(ProgressCalculator.credit(minutes, amount("2026-01-05", "29.99")))
                .isCloseTo(0.999667, SIX_DECIMALS);
        assertThat(ProgressCalculator.qualifies(minutes, amount("2026-01-05", "29.99")))
                .isFalse();
        assertThat(ProgressCalculator.qualifies(minutes, amount("2026-01-05", "30")))
                .isTrue();
    }

    @Test
    void plannedRestLeavesTheScoreUnchanged() {
        GoalSpec goal = check(Schedule.daily(), "2026-01-05");

        double[] scores =
                scores(goal, with(doneOn("2026-01-05", "2026-01-06"), skipped("2026-01-07")), "2026-01-05", 4);

        assertThat(scores[2]).isEqualTo(scores[1]);
        assertThat(scores[3]).as("a missed day decays it").isCloseTo(scores[1] * 0.948078, within(0.000001));
    }

    @Test
    void scoreIsZeroBeforeTheStartAndMatchesTheStats() {
        GoalSpec goal = check(Schedule.daily(), "2026-01-05");
        List<DayTally> days = everyDay("2026-01-01", 10); // the first four are before the start

        List<DailyScore> scores = ProgressCalculator.scores(goal, days, day("2026-01-03"), day("2026-01-06"));

        assertThat(scores)
                .extracting(DailyScore::date)
                .containsExactly(day("2026-01-03"), day("2026-01-04"), day("2026-01-05"), day("2026-01-06"));
        assertThat(scores.get(0).score()).isZero();
        assertThat(scores.get(1).score()).isZero();
        assertThat(scores.get(2).score()).isCloseTo(0.051922, SIX_DECIMALS);
        assertThat(scores.get(3).score())
                .isEqualTo(ProgressCalculator.stats(goal, days, LocalDate.parse("2026-01-06"))
                        .score());
    }
}
