package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three years of daily tallies, computed a few thousand times; the average goes to the test log rather than into an
 * assertion, so a busy build machine cannot fail it. On the shared 2-core development machine (load average near 8)
 * it logged 60 to 400 µs.
 */
class ProgressCalculatorSpeedTest {

    private static final Logger LOG = Logger.getLogger(ProgressCalculatorSpeedTest.class);

    @Test
    void threeYearsOfDailyPracticeIsCheap() {
        GoalSpec goal =
                new GoalSpec(Schedule.daily(), LocalDate.of(2023, 1, 1), new BigDecimal("30"), DayOfWeek.MONDAY);
        LocalDate on = LocalDate.of(2025, 12, 31);
        List<DayTally> days = new ArrayList<>();
        for (LocalDate day = goal.startDate(); !day.isAfter(on); day = day.plusDays(1)) {
            days.add(new DayTally(day, 1, 0, new BigDecimal("45")));
        }

        GoalStats stats = null;
        int rounds = 5_000;
        long started = 0;
        for (int i = 0; i < 2 * rounds; i++) {
            if (i == rounds) {
                started = System.nanoTime();
            }
            stats = ProgressCalculator.stats(goal, days, on);
        }
        long micros = (System.nanoTime() - started) / rounds / 1_000;
        LOG.infof("stats over %d daily tallies: %d µs each (after %d warm-up rounds)", days.size(), micros, rounds);

        assertThat(stats.currentStreak().length()).isEqualTo(1096);
        assertThat(stats.score()).isGreaterThan(0.999);
    }
}
