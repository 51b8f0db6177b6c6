package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;
import dev.riyaz.progress.GoalStats.Streak;

import static dev.riyaz.progress.Days.amount;
import static dev.riyaz.progress.Days.check;
import static dev.riyaz.progress.Days.day;
import static dev.riyaz.progress.Days.doneOn;
import static dev.riyaz.progress.Days.everyDay;
import static dev.riyaz.progress.Days.measured;
import static dev.riyaz.progress.Days.skipped;
import static dev.riyaz.progress.Days.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Streak rules, through {@link ProgressCalculator#stats}. 2026-01-05 is a Monday. */
class StreaksTest {

    private static final GoalSpec DAILY = check(Schedule.daily(), "2026-01-05");

    private static GoalStats on(GoalSpec goal, List<DayTally> days, String on) {
        return ProgressCalculator.stats(goal, days, day(on));
    }

    private static Streak streak(int length, String unit, String start, String end) {
        return new Streak(length, unit, day(start), day(end));
    }

    private static Streak none(String unit) {
        return new Streak(0, unit, null, null);
    }

    @Test
    void dailyStreakCountsConsecutiveQualifyingDays() {
        GoalStats stats = on(DAILY, everyDay("2026-01-05", 5), "2026-01-09");

        assertThat(stats.currentStreak()).isEqualTo(streak(5, "days", "2026-01-05", "2026-01-09"));
        assertThat(stats.bestStreak()).isEqualTo(stats.currentStreak());
    }

    @Test
    void todayNotDoneYetKeepsTheStreakUntilTheDayIsOver() {
        List<DayTally> days = everyDay("2026-01-05", 5);

        assertThat(on(DAILY, days, "2026-01-10").currentStreak())
                .isEqualTo(streak(5, "days", "2026-01-05", "2026-01-09"));
        GoalStats dayAfter = on(DAILY, days, "2026-01-11");
        assertThat(dayAfter.currentStreak()).isEqualTo(none("days"));
        assertThat(dayAfter.bestStreak()).isEqualTo(streak(5, "days", "2026-01-05", "2026-01-09"));
    }

    @Test
    void missedDayBreaksAndTheLongerRunStaysBest() {
        GoalStats stats =
                on(DAILY, doneOn("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-09", "2026-01-10"), "2026-01-10");

        assertThat(stats.currentStreak()).isEqualTo(streak(2, "days", "2026-01-09", "2026-01-10"));
        assertThat(stats.bestStreak()).isEqualTo(streak(3, "days", "2026-01-05", "2026-01-07"));
    }

    @Test
    void streakSurvivesPlannedRestDayWithoutCountingIt() {
        List<DayTally> days = with(doneOn("2026-01-05", "2026-01-06", "2026-01-08"), skipped("2026-01-07"));

        assertThat(on(DAILY, days, "2026-01-08").currentStreak())
                .isEqualTo(streak(3, "days", "2026-01-05", "2026-01-08"));
    }

    @Test
    void practiceOnAPlannedRestDayDoesNotCount() {
        DayTally restedAndPractised = new DayTally(day("2026-01-06"), 1, 1, BigDecimal.ZERO);
        List<DayTally> days = with(doneOn("2026-01-05", "2026-01-07"), restedAndPractised);

        assertThat(on(DAILY, days, "2026-01-07").currentStreak())
                .isEqualTo(streak(2, "days", "2026-01-05", "2026-01-07"));
    }

    @Test
    void measuredDayCountsAtTheTargetNotJustUnder() {
        GoalSpec minutes = measured(Schedule.daily(), "2026-01-05", "30");
        List<DayTally> days =
                List.of(amount("2026-01-05", "30"), amount("2026-01-06", "29.99"), amount("2026-01-07", "30.00"));

        GoalStats stats = on(minutes, days, "2026-01-07");

        assertThat(stats.currentStreak()).isEqualTo(streak(1, "days", "2026-01-07", "2026-01-07"));
        assertThat(stats.bestStreak()).as("the most recent of equal runs").isEqualTo(stats.currentStreak());
    }

    @Test
    void weekdayGoalIgnoresDaysItDoesNotExpect() {
        GoalSpec mwf =
                check(Schedule.weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)), "2026-01-05");
        // Saturday practice shows but does not add; Tuesday and Thursday are not missed.
        List<DayTally> days = doneOn("2026-01-05", "2026-01-07", "2026-01-09", "2026-01-10", "2026-01-12");

        assertThat(on(mwf, days, "2026-01-13").currentStreak())
                .isEqualTo(streak(4, "days", "2026-01-05", "2026-01-12"));
        assertThat(on(mwf, days, "2026-01-14").currentStreak().length())
                .as("Wednesday not over")
                .isEqualTo(4);
        assertThat(on(mwf, days, "2026-01-15").currentStreak().length())
                .as("Wednesday missed")
                .isZero();
    }

    @Test
    void intervalGoalCountsEveryNthDayFromTheStart() {
        GoalSpec everyThird = check(Schedule.interval(3), "2026-01-05");
        // Expected: 5, 8, 11, 14 January. The 9th is extra practice.
        List<DayTally> days = doneOn("2026-01-05", "2026-01-08", "2026-01-09", "2026-01-11");

        assertThat(on(everyThird, days, "2026-01-14").currentStreak())
                .isEqualTo(streak(3, "days", "2026-01-05", "2026-01-11"));
        assertThat(on(everyThird, days, "2026-01-15").currentStreak().length()).isZero();
    }

    @Test
    void dayStreakRunsAcrossTheYearBoundary() {
        GoalSpec goal = check(Schedule.daily(), "2025-12-28");

        assertThat(on(goal, everyDay("2025-12-28", 7), "2026-01-03").currentStreak())
                .isEqualTo(streak(7, "days", "2025-12-28", "2026-01-03"));
    }

    @Test
    void leapDayIsADayLikeAnyOther() {
        GoalSpec goal = check(Schedule.daily(), "2028-02-27");

        assertThat(on(goal, everyDay("2028-02-27", 4), "2028-03-01").currentStreak())
                .isEqualTo(streak(4, "days", "2028-02-27", "2028-03-01"));
        GoalStats missedLeapDay = on(goal, doneOn("2028-02-27", "2028-02-28", "2028-03-01"), "2028-03-01");
        assertThat(missedLeapDay.currentStreak()).isEqualTo(streak(1, "days", "2028-03-01", "2028-03-01"));
        assertThat(missedLeapDay.bestStreak()).isEqualTo(streak(2, "days", "2028-02-27", "2028-02-28"));
    }

    @Test
    void weeklyStreakCountsWeeksThatMeetTheQuota() {
        GoalSpec threeAWeek = check(Schedule.weekly(3), "2026-01-05");
        // Week 1 meets 3; week 2 has 2 + a planned rest (transparent); week 3 meets 3; week 4 has 1 by Tuesday.
        List<DayTally> days = with(
                doneOn(
                        "2026-01-05",
                        "2026-01-07",
                        "2026-01-09", // week 1
                        "2026-01-12",
                        "2026-01-14", // week 2
                        "2026-01-19",
                        "2026-01-20",
                        "2026-01-21", // week 3
                        "2026-01-26"), // week 4
                skipped("2026-01-16"));

        assertThat(on(threeAWeek, days, "2026-01-21").currentStreak())
                .as("this week already counts: it ends today")
                .isEqualTo(streak(2, "weeks", "2026-01-05", "2026-01-21"));
        assertThat(on(threeAWeek, days, "2026-01-27").currentStreak())
                .as("this week is not over")
                .isEqualTo(streak(2, "weeks", "2026-01-05", "2026-01-25"));
        GoalStats weekOver = on(threeAWeek, days, "2026-02-02");
        assertThat(weekOver.currentStreak()).isEqualTo(none("weeks"));
        assertThat(weekOver.bestStreak()).isEqualTo(streak(2, "weeks", "2026-01-05", "2026-01-25"));
    }

    @Test
    void weeksStartOnTheOwnersFirstDayOfWeek() {
        // Sunday 11 and Monday 12 January: one week from Sunday, two weeks from Monday.
        List<DayTally> days = doneOn("2026-01-11", "2026-01-12");

        GoalStats fromSunday = on(check(Schedule.weekly(2), "2026-01-04", DayOfWeek.SUNDAY), days, "2026-01-18");
        GoalStats fromMonday = on(check(Schedule.weekly(2), "2026-01-04", DayOfWeek.MONDAY), days, "2026-01-18");

        assertThat(fromSunday.currentStreak()).isEqualTo(streak(1, "weeks", "2026-01-11", "2026-01-17"));
        assertThat(fromMonday.bestStreak()).isEqualTo(none("weeks"));
    }

    @Test
    void firstPartWeekCountsFromTheStartDate() {
        GoalSpec twiceAWeek = check(Schedule.weekly(2), "2026-01-07");

        assertThat(on(twiceAWeek, doneOn("2026-01-07", "2026-01-08"), "2026-01-12")
                        .currentStreak())
                .isEqualTo(streak(1, "weeks", "2026-01-07", "2026-01-11"));
    }

    @Test
    void monthlyStreakRunsAcrossTheYearAndBreaksOnAMissedMonth() {
        GoalSpec twiceAMonth = check(Schedule.monthly(2), "2025-12-01");
        List<DayTally> days = doneOn(
                "2025-12-02", "2025-12-31", "2026-01-01", "2026-01-20", "2026-02-10", "2026-03-01", "2026-03-02");

        GoalStats stats = on(twiceAMonth, days, "2026-03-02");

        assertThat(stats.currentStreak()).isEqualTo(streak(1, "months", "2026-03-01", "2026-03-02"));
        assertThat(stats.bestStreak()).isEqualTo(streak(2, "months", "2025-12-01", "2026-01-31"));
    }

    @Test
    void monthlyStreakEndsOnTheLeapDay() {
        GoalSpec twiceAMonth = check(Schedule.monthly(2), "2028-02-01");

        assertThat(on(twiceAMonth, doneOn("2028-02-01", "2028-02-29"), "2028-03-03")
                        .currentStreak())
                .isEqualTo(streak(1, "months", "2028-02-01", "2028-02-29"));
    }

    /** Three years of daily practice over the target (what {@code bench/progress/run} measures) is one streak. */
    @Test
    void threeYearsOfDailyPracticeAreOneStreakAndAFullScore() {
        GoalSpec goal =
                new GoalSpec(Schedule.daily(), LocalDate.of(2023, 1, 1), new BigDecimal("30"), DayOfWeek.MONDAY);
        LocalDate on = LocalDate.of(2025, 12, 31);
        List<DayTally> days = new ArrayList<>();
        for (LocalDate day = goal.startDate(); !day.isAfter(on); day = day.plusDays(1)) {
            days.add(new DayTally(day, 1, 0, new BigDecimal("45")));
        }

        GoalStats stats = ProgressCalculator.stats(goal, days, on);

        assertThat(stats.currentStreak().length()).isEqualTo(1096);
        assertThat(stats.score()).isGreaterThan(0.999);
    }

    @Test
    void lastRunIsTheOneThatEndedMostRecentlyNotTheBest() {
        List<DayTally> days = with(
                everyDay("2026-01-05", 5), doneOn("2026-01-12", "2026-01-13").toArray(DayTally[]::new));

        GoalStats stats = on(DAILY, days, "2026-01-16");

        assertThat(stats.currentStreak()).isEqualTo(none("days"));
        assertThat(stats.bestStreak()).isEqualTo(streak(5, "days", "2026-01-05", "2026-01-09"));
        assertThat(stats.lastStreak()).isEqualTo(streak(2, "days", "2026-01-12", "2026-01-13"));
    }

    @Test
    void lastRunIsTheCurrentOneWhileItLasts() {
        GoalStats stats = on(DAILY, everyDay("2026-01-05", 3), "2026-01-07");

        assertThat(stats.lastStreak()).isEqualTo(stats.currentStreak());
        assertThat(on(DAILY, List.of(), "2026-01-07").lastStreak()).isEqualTo(none("days"));
    }

    @Test
    void lastWeeklyRunEndsWithItsLastCountedWeek() {
        GoalSpec twiceAWeek = check(Schedule.weekly(2), "2026-01-05");
        List<DayTally> days = doneOn("2026-01-05", "2026-01-06", "2026-01-12", "2026-01-13", "2026-01-20");

        GoalStats stats = on(twiceAWeek, days, "2026-01-28");

        assertThat(stats.currentStreak()).isEqualTo(none("weeks"));
        assertThat(stats.lastStreak()).isEqualTo(streak(2, "weeks", "2026-01-05", "2026-01-18"));
    }
}
