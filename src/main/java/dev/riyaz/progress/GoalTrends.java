package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.Goal;

/** Each goal's trend for the Progress page, from day tallies already read for the year heatmap. */
final class GoalTrends {

    static final int WEEKS = 12;
    private static final int BAR = 8;
    private static final int STEP = 10;
    private static final int HEIGHT = 32;

    private GoalTrends() {}

    /** The trends of these goals; {@code tallies} must reach back 12 weeks and 8 weeks before {@code today}. */
    static List<GoalTrend> of(List<Goal> goals, DayTallies tallies, LocalDate today, DayOfWeek firstDayOfWeek) {
        List<GoalTrend> trends = new ArrayList<>();
        for (Goal goal : goals) {
            GoalSpec spec = GoalSpec.of(goal, firstDayOfWeek);
            List<LocalDate> counted = tallies.tallies(goal.id).stream()
                    .filter(day -> ProgressCalculator.qualifies(spec, day))
                    .map(DayTally::date)
                    .toList();
            boolean practised =
                    goal.practiceVersion > 0 || !tallies.tallies(goal.id).isEmpty();
            int recent = countBetween(counted, today.minusDays(27), today);
            int before = countBetween(counted, today.minusDays(55), today.minusDays(28));
            trends.add(new GoalTrend(
                    goal.id,
                    goal.title,
                    practised,
                    recent,
                    before,
                    sparkline(goal.title, counted, today, firstDayOfWeek)));
        }
        return trends;
    }

    private static int countBetween(List<LocalDate> days, LocalDate from, LocalDate to) {
        return (int)
                days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
    }

    /** Twelve bars, one per week, oldest first; the height is the days that counted that week (7 at most). */
    static String sparkline(String title, List<LocalDate> counted, LocalDate today, DayOfWeek firstDayOfWeek) {
        LocalDate firstWeek =
                today.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)).minusWeeks(WEEKS - 1);
        int[] perWeek = new int[WEEKS];
        for (LocalDate day : counted) {
            long week = ChronoUnit.WEEKS.between(firstWeek, day);
            if (!day.isBefore(firstWeek) && week < WEEKS && !day.isAfter(today)) {
                perWeek[(int) week]++;
            }
        }
        Svg body = new Svg();
        StringJoiner weeks = new StringJoiner(", ");
        for (int i = 0; i < WEEKS; i++) {
            int n = perWeek[i];
            int height = n == 0 ? 2 : 4 + (HEIGHT - 4) * n / 7;
            String tooltip = Messages.get("overview_spark_week", Heatmap.dayName(firstWeek.plusWeeks(i)), n);
            body.rect(
                    tooltip,
                    n == 0 ? "spark-none" : "spark-bar",
                    String.valueOf(i * STEP),
                    String.valueOf(HEIGHT - height),
                    String.valueOf(BAR),
                    String.valueOf(height),
                    "rx",
                    "1");
            weeks.add(String.valueOf(n));
        }
        return Svg.picture(
                "spark",
                Messages.get("overview_spark_title", title),
                Messages.get("overview_spark_desc", weeks.toString()),
                body,
                "viewBox",
                "0 0 " + (WEEKS * STEP - (STEP - BAR)) + " " + HEIGHT,
                "width",
                String.valueOf(WEEKS * STEP - (STEP - BAR)),
                "height",
                String.valueOf(HEIGHT));
    }
}
