package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalView;
import dev.riyaz.progress.GoalStats.Streak;
import dev.riyaz.progress.StreakWords.Today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every way a run is put in words, as one table: no history, history with no current run (daily, weekly, monthly,
 * check and amount goals), a run going with today done, open or not known, a weekly goal after Done this week, and
 * counts of 0, 1 and many. Today is Saturday 14 March 2026.
 */
class StreakWordsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-14");

    /** A goal of a schedule type; {@code unit} null for a done-or-not goal. */
    private static GoalView goal(String type, Integer times, String unit) {
        return new GoalView(
                1,
                "Python",
                null,
                unit == null ? "check" : "measured",
                unit,
                unit == null ? null : BigDecimal.valueOf(30),
                new GoalRequest.ScheduleJson(type, times, null, null),
                LocalDate.parse("2025-01-01"),
                "#2a6555",
                List.of(),
                false,
                0,
                null,
                null);
    }

    /** Stats on {@link #TODAY}: current run, last run (length and end), strength, total amount, days left this period. */
    private static GoalStats stats(
            String unit, int current, int last, String lastEnd, double score, int total, int leftThisPeriod) {
        Streak now = current == 0
                ? new Streak(0, unit, null, null)
                : new Streak(current, unit, TODAY.minusDays(current), TODAY);
        Streak ended =
                last == 0 ? new Streak(0, unit, null, null) : new Streak(last, unit, null, LocalDate.parse(lastEnd));
        Streak lastStreak = current > 0 ? now : ended;
        Streak best = lastStreak.length() >= now.length() ? lastStreak : now;
        return new GoalStats(
                TODAY,
                now,
                best,
                score,
                new GoalStats.Completion(0, 0, 0, 0),
                new GoalStats.Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(total)),
                new GoalStats.Remaining(BigDecimal.ZERO, BigDecimal.valueOf(leftThisPeriod)),
                null,
                lastStreak);
    }

    private static StreakWords words(GoalView goal, GoalStats stats, Today today) {
        return new StreakWords(goal, stats, today);
    }

    static Stream<Arguments> sentences() {
        GoalView daily = goal("daily", null, null);
        GoalView minutes = goal("daily", null, "minutes");
        GoalView pages = goal("weekdays", null, "pages");
        GoalView fivePerWeek = goal("weekly", 5, null);
        GoalView threePerWeek = goal("weekly", 3, "minutes");
        GoalView oncePerWeek = goal("weekly", 1, null);
        GoalView eightPerMonth = goal("monthly", 8, null);
        return Stream.of(
                arguments(
                        "no history, daily",
                        words(daily, stats("days", 0, 0, null, 0, 0, 7), Today.OPEN),
                        "A fresh start: today can be day one"),
                arguments(
                        "no history, weekly",
                        words(fivePerWeek, stats("weeks", 0, 0, null, 0, 0, 5), Today.OPEN),
                        "A fresh start: this week can be week one"),
                arguments(
                        "no history, monthly",
                        words(eightPerMonth, stats("months", 0, 0, null, 0, 0, 8), Today.UNKNOWN),
                        "A fresh start: this month can be month one"),
                arguments(
                        "history, run 0, check goal leads with strength",
                        words(daily, stats("days", 0, 12, "2026-03-03", 0.64, 0, 7), Today.OPEN),
                        "Habit strength 64% · last run 12 days, ended Tue 3 Mar"),
                arguments(
                        "history, run 0, minutes lead with the total in hours; a run of 1 day",
                        words(minutes, stats("days", 0, 1, "2026-03-03", 0.2, 3600, 7), Today.OPEN),
                        "60 hours so far · last run 1 day, ended Tue 3 Mar"),
                arguments(
                        "history, run 0, another unit; a run that ended last year",
                        words(pages, stats("days", 0, 12, "2025-12-12", 0.1, 45, 5), Today.OPEN),
                        "45 pages so far · last run 12 days, ended Fri 12 Dec 2025"),
                arguments(
                        "history, run 0, a few minutes stay minutes",
                        words(minutes, stats("days", 0, 2, "2026-03-10", 0.1, 45, 7), Today.UNKNOWN),
                        "45 minutes so far · last run 2 days, ended Tue 10 Mar"),
                arguments(
                        "history, never a full run: strength only",
                        words(daily, stats("days", 0, 0, null, 0.05, 0, 7), Today.OPEN),
                        "Habit strength 5%"),
                arguments(
                        "weekly, run 0, one day done this week",
                        words(threePerWeek, stats("weeks", 0, 3, "2026-03-01", 0.4, 900, 2), Today.OPEN),
                        "15 hours so far · 1 of 3 days this week · last run 3 weeks, ended Sun 1 Mar"),
                arguments(
                        "weekly, run 0, nothing this week yet: no 0 of 3",
                        words(fivePerWeek, stats("weeks", 0, 1, "2026-03-01", 0.4, 0, 5), Today.OPEN),
                        "Habit strength 40% · last run 1 week, ended Sun 1 Mar"),
                arguments(
                        "once a week, run 0: no 0 of 1 days",
                        words(oncePerWeek, stats("weeks", 0, 2, "2026-03-08", 0.3, 0, 1), Today.OPEN),
                        "Habit strength 30% · last run 2 weeks, ended Sun 8 Mar"),
                arguments(
                        "daily run, today done",
                        words(daily, stats("days", 5, 0, null, 0.5, 0, 2), Today.DONE),
                        "5 days in a row, today included"),
                arguments(
                        "daily run of 1, today done",
                        words(daily, stats("days", 1, 0, null, 0.1, 0, 6), Today.DONE),
                        "Day 1 of a new run"),
                arguments(
                        "daily run, today still open",
                        words(daily, stats("days", 5, 0, null, 0.5, 0, 2), Today.OPEN),
                        "Today makes it 6 days in a row"),
                arguments(
                        "daily run of 1, today still open",
                        words(minutes, stats("days", 1, 0, null, 0.1, 30, 6), Today.OPEN),
                        "Today makes it 2 days in a row"),
                arguments(
                        "daily run of 1, today not known",
                        words(daily, stats("days", 1, 0, null, 0.1, 0, 6), Today.UNKNOWN),
                        "1 day in a row"),
                arguments(
                        "daily run of many, today not known",
                        words(daily, stats("days", 40, 0, null, 0.9, 0, 6), Today.UNKNOWN),
                        "40 days in a row"),
                arguments(
                        "weekly run, two days done, three to go",
                        words(fivePerWeek, stats("weeks", 3, 0, null, 0.6, 0, 3), Today.OPEN),
                        "2 of 5 days this week · 3 more days keep your 3-week run going"),
                arguments(
                        "weekly run, one day to go",
                        words(fivePerWeek, stats("weeks", 3, 0, null, 0.6, 0, 1), Today.DONE),
                        "4 of 5 days this week · 1 more day keeps your 3-week run going"),
                arguments(
                        "weekly run, nothing this week yet",
                        words(threePerWeek, stats("weeks", 2, 0, null, 0.6, 600, 3), Today.OPEN),
                        "3 more days keep your 2-week run going"),
                arguments(
                        "weekly goal after Done this week",
                        words(fivePerWeek, stats("weeks", 4, 0, null, 0.7, 0, 0), Today.DONE),
                        "Done for this week: 4 weeks in a row"),
                arguments(
                        "weekly goal after its first Done week",
                        words(oncePerWeek, stats("weeks", 1, 0, null, 0.2, 0, 0), Today.DONE),
                        "Done for this week: week 1 of a new run"),
                arguments(
                        "monthly run in progress",
                        words(eightPerMonth, stats("months", 2, 0, null, 0.5, 0, 5), Today.OPEN),
                        "3 of 8 days this month · 5 more days keep your 2-month run going"),
                arguments(
                        "monthly goal done for the month",
                        words(eightPerMonth, stats("months", 1, 0, null, 0.5, 0, 0), Today.UNKNOWN),
                        "Done for this month: month 1 of a new run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void sentenceRespectsHistory(String name, StreakWords words, String expected) {
        assertThat(words.sentence()).isEqualTo(expected).doesNotContain("yet").doesNotContain(" 1 days");
    }

    @Test
    void strengthIsNamedOnlyWhenTheSentenceLeadsWithIt() {
        assertThat(words(goal("daily", null, null), stats("days", 0, 3, "2026-03-03", 0.5, 0, 7), Today.OPEN)
                        .mentionsStrength())
                .isTrue();
        assertThat(words(goal("daily", null, "minutes"), stats("days", 0, 3, "2026-03-03", 0.5, 90, 7), Today.OPEN)
                        .mentionsStrength())
                .isFalse();
        assertThat(words(goal("daily", null, null), stats("days", 2, 0, null, 0.5, 0, 7), Today.OPEN)
                        .mentionsStrength())
                .isFalse();
    }

    static Stream<Arguments> shortWords() {
        GoalView daily = goal("daily", null, null);
        GoalView minutes = goal("daily", null, "minutes");
        GoalView weekly = goal("weekly", 3, null);
        return Stream.of(
                arguments(
                        StreakWords.of(daily, stats("days", 12, 0, null, 0.8, 0, 3)),
                        "12-day streak",
                        "a run of 12 days",
                        "Current run",
                        "12 days"),
                arguments(
                        StreakWords.of(weekly, stats("weeks", 1, 0, null, 0.3, 0, 0)),
                        "1-week streak",
                        "a run of 1 week",
                        "Current run",
                        "1 week"),
                arguments(
                        StreakWords.of(minutes, stats("days", 0, 12, "2026-03-03", 0.6, 3600, 7)),
                        "60 hours so far",
                        "last run 12 days, ended Tue 3 Mar",
                        "Last run",
                        "12 days, ended Tue 3 Mar"),
                arguments(
                        StreakWords.of(weekly, stats("weeks", 0, 1, "2026-03-08", 0.64, 0, 3)),
                        "strength 64%",
                        "last run 1 week, ended Sun 8 Mar",
                        "Last run",
                        "1 week, ended Sun 8 Mar"),
                arguments(
                        StreakWords.of(daily, stats("days", 0, 0, null, 0, 0, 7)),
                        "just started",
                        "a fresh start",
                        "Current run",
                        "Not started"),
                arguments(
                        StreakWords.of(weekly, stats("weeks", 0, 0, null, 0, 0, 2)),
                        "just started",
                        "a fresh start",
                        "Current run",
                        "First week under way"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shortWords")
    void badgeReviewAndTileFallBackToWhatThereIs(
            StreakWords words, String badge, String review, String tileLabel, String tileValue) {
        assertThat(words.badge()).isEqualTo(badge);
        assertThat(words.review()).isEqualTo(review);
        assertThat(words.tileLabel()).isEqualTo(tileLabel);
        assertThat(words.tileValue()).isEqualTo(tileValue);
    }

    @Test
    void statsCachedBeforeLastRunsWereKeptFallBackToTheBestRun() {
        GoalStats old = stats("days", 0, 9, "2026-03-03", 0.4, 0, 7);
        GoalStats cached = new GoalStats(
                old.on(),
                old.currentStreak(),
                old.bestStreak(),
                old.score(),
                old.completion(),
                old.totals(),
                old.remaining(),
                null,
                null);
        assertThat(StreakWords.of(goal("daily", null, null), cached).sentence())
                .isEqualTo("Habit strength 40% · last run 9 days, ended Tue 3 Mar");
    }
}
