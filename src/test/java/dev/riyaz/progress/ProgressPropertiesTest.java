package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.riyaz.goal.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over random histories: every schedule type, check and measured goals, any week start, practice, planned
 * rest and both on a day, up to 400 days. Each seed is one history, so a failure names the seed that reproduces it.
 */
class ProgressPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** One random goal and its tallies (in random order), looked at on its last day. */
    record Case(GoalSpec goal, List<DayTally> days, LocalDate on) {

        static Case of(long seed) {
            Random random = new Random(seed);
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
            BigDecimal target = random.nextBoolean() ? BigDecimal.valueOf(5 + random.nextInt(60)) : null;
            GoalSpec goal = new GoalSpec(schedule(random), start, target, DayOfWeek.of(1 + random.nextInt(7)));
            LocalDate on = start.plusDays(random.nextInt(400));
            double practice = random.nextDouble();
            List<DayTally> days = new ArrayList<>();
            for (LocalDate day = start.minusDays(10); day.isBefore(on.plusDays(10)); day = day.plusDays(1)) {
                if (random.nextDouble() < practice) {
                    days.add(tally(random, day, target));
                }
            }
            Collections.shuffle(days, random);
            return new Case(goal, days, on);
        }

        private static Schedule schedule(Random random) {
            return switch (random.nextInt(5)) {
                case 0 -> Schedule.daily();
                case 1 -> Schedule.weekly(1 + random.nextInt(7));
                case 2 -> Schedule.monthly(1 + random.nextInt(31));
                case 3 -> {
                    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.of(1 + random.nextInt(7)));
                    random.ints(random.nextInt(7), 1, 8).forEach(d -> days.add(DayOfWeek.of(d)));
                    yield Schedule.weekdays(days);
                }
                default -> Schedule.interval(1 + random.nextInt(10));
            };
        }

        private static DayTally tally(Random random, LocalDate day, BigDecimal target) {
            int done = random.nextInt(10) < 8 ? 1 + random.nextInt(2) : 0;
            int skipped = random.nextInt(10) < 2 ? 1 : 0;
            BigDecimal amount = target == null || done == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(random.nextInt(target.intValue() * 150), 2);
            return new DayTally(day, done, skipped, amount);
        }

        GoalStats stats() {
            return ProgressCalculator.stats(goal, days, on);
        }

        List<DailyScore> scores() {
            return ProgressCalculator.scores(goal, days, goal.startDate().minusDays(3), on);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streaksNeverExceedWhatQualified(long seed) {
        Case c = Case.of(seed);
        GoalStats stats = c.stats();

        long limit = c.goal().schedule().period() == ChronoUnit.DAYS ? qualifyingDays(c) : qualifyingPeriods(c);
        assertThat(stats.bestStreak().length()).isLessThanOrEqualTo((int) limit);
        assertThat(stats.currentStreak().length())
                .isLessThanOrEqualTo(stats.bestStreak().length());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayBetweenZeroAndOne(long seed) {
        Case c = Case.of(seed);

        assertThat(c.scores()).allSatisfy(score -> assertThat(score.score()).isBetween(0.0, 1.0));
        assertThat(c.stats().score()).isBetween(0.0, 1.0);
        assertThat(c.stats().completion().allTime()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anotherDoneEntryNeverLowersThatDaysScore(long seed) {
        Case c = Case.of(seed);
        int span = (int) ChronoUnit.DAYS.between(c.goal().startDate(), c.on());
        LocalDate day = c.goal().startDate().plusDays(new Random(seed).nextInt(span + 1));
        BigDecimal amount = c.goal().measured() ? new BigDecimal("4.5") : BigDecimal.ZERO;
        List<DayTally> more = Days.with(c.days(), new DayTally(day, 1, 0, amount));

        double before =
                ProgressCalculator.scores(c.goal(), c.days(), day, day).get(0).score();
        double after =
                ProgressCalculator.scores(c.goal(), more, day, day).get(0).score();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void statsDoNotDependOnTheOrderOrSplitOfTheTallies(long seed) {
        Case c = Case.of(seed);
        List<DayTally> reordered = new ArrayList<>(c.days());
        Collections.shuffle(reordered, new Random(seed + 1));
        if (!reordered.isEmpty()) { // one day logged as two tallies: practice and rest apart
            DayTally day = reordered.remove(0);
            reordered.add(new DayTally(day.date(), day.done(), 0, day.amount()));
            reordered.add(0, new DayTally(day.date(), 0, day.skipped(), BigDecimal.ZERO));
        }

        assertThat(ProgressCalculator.stats(c.goal(), reordered, c.on())).isEqualTo(c.stats());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whatIsLeftFromThisWeekAndMonthAloneEqualsTheWholeHistory(long seed) {
        Case c = Case.of(seed);
        LocalDate from = ProgressCalculator.windowStart(c.goal(), c.on());
        List<DayTally> recent =
                c.days().stream().filter(d -> !d.date().isBefore(from)).toList();

        assertThat(ProgressCalculator.remaining(c.goal(), recent, c.on()))
                .isEqualTo(c.stats().remaining());
    }

    private static long qualifyingDays(Case c) {
        return c.days().stream()
                .filter(d ->
                        !d.date().isBefore(c.goal().startDate()) && !d.date().isAfter(c.on()))
                .filter(d -> ProgressCalculator.qualifies(c.goal(), d))
                .count();
    }

    /** Weeks or months in which at least the quota of days qualified. */
    private static long qualifyingPeriods(Case c) {
        Schedule schedule = c.goal().schedule();
        return c.days().stream()
                .filter(d ->
                        !d.date().isBefore(c.goal().startDate()) && !d.date().isAfter(c.on()))
                .filter(d -> ProgressCalculator.qualifies(c.goal(), d))
                .collect(Collectors.groupingBy(
                        d -> schedule.periodStart(d.date(), c.goal().firstDayOfWeek()), Collectors.counting()))
                .values()
                .stream()
                .filter(count -> count >= schedule.quota())
                .count();
    }
}
