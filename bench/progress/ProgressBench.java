package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.riyaz.goal.Schedule;

/**
 * What one goal's statistics cost: {@link ProgressCalculator#stats} over a goal with a tally for every day since it
 * started (daily, 30 minutes a day, 45 done each day), for 1 week, 1 year and 3 years of history. Run with
 * {@code bench/progress/run}; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ProgressBench {

    @Param({"7", "365", "1096"})
    int days;

    private GoalSpec goal;
    private List<DayTally> tallies;
    private LocalDate on;

    @Setup
    public void history() {
        on = LocalDate.of(2025, 12, 31);
        LocalDate start = on.minusDays(days - 1L);
        goal = new GoalSpec(Schedule.daily(), start, new BigDecimal("30"), DayOfWeek.MONDAY);
        tallies = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(on); day = day.plusDays(1)) {
            tallies.add(new DayTally(day, 1, 0, new BigDecimal("45")));
        }
        GoalStats check = ProgressCalculator.stats(goal, tallies, on);
        if (check.currentStreak().length() != days) {
            throw new IllegalStateException("expected a streak of " + days + " days: " + check.currentStreak());
        }
    }

    @Benchmark
    public GoalStats stats() {
        return ProgressCalculator.stats(goal, tallies, on);
    }
}
