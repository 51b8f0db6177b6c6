package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.Units;

/** The pictures of one goal (year heatmap, weeks, months, strength, weekdays) as server-rendered SVG. */
final class GoalPictures {

    /** A week by its first day, "7 Dec": short enough to sit under a narrow bar. */
    private static final java.time.format.DateTimeFormatter WEEK =
            java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private GoalPictures() {}

    /** All pictures, from the goal's whole history of day totals. */
    static Pictures of(String title, String unit, GoalSpec spec, List<DayTally> history, LocalDate today) {
        Map<LocalDate, DayTally> byDay = new HashMap<>();
        history.forEach(day -> byDay.merge(day.date(), day, GoalPictures::add));
        return new Pictures(
                heatmap(title, unit, spec, byDay, today),
                weeks(unit, spec, byDay, today),
                months(unit, spec, byDay, today),
                strength(spec, history, today),
                weekdays(spec, byDay));
    }

    /** The SVG markup of each picture, to be inserted raw. */
    public record Pictures(String heatmap, String weeks, String months, String strength, String weekdays) {}

    /** A year heatmap: intensity by amount for measured goals, by counting for check goals. */
    static String heatmap(String title, String unit, GoalSpec spec, Map<LocalDate, DayTally> byDay, LocalDate today) {
        LocalDate from = today.minusDays(370);
        List<BigDecimal> amounts = new ArrayList<>();
        byDay.values().stream()
                .filter(d -> !d.date().isBefore(from) && d.amount().signum() > 0)
                .forEach(d -> amounts.add(d.amount()));
        HeatLevels levels = HeatLevels.of(amounts);
        Map<LocalDate, HeatCell> cells = new HashMap<>();
        int practised = 0;
        for (DayTally day : byDay.values()) {
            if (day.date().isBefore(from) || day.date().isAfter(today)) {
                continue;
            }
            boolean counts = ProgressCalculator.qualifies(spec, day);
            if (day.done() > 0) {
                practised++;
            }
            int level = spec.measured()
                    ? levels.levelOf(day.amount().doubleValue())
                    : HeatLevels.ofDay(counts, day.done() > 0);
            cells.put(day.date(), new HeatCell(level, cellTitle(unit, day)));
        }
        Heatmap map = Heatmap.of(
                        today,
                        spec.firstDayOfWeek(),
                        spec.measured() ? levels.legend(unit == null ? "" : unit) : HeatLevels.dayLegend())
                .withCells(cells);
        return map.render(
                Messages.get("pictures_heatmap_title", title), Messages.get("pictures_heatmap_desc", practised));
    }

    private static String cellTitle(String unit, DayTally day) {
        String name = Heatmap.dayName(day.date());
        if (day.done() == 0) {
            return name + ": " + Messages.get("pictures_day_off");
        }
        if (day.amount().signum() > 0 && unit != null) {
            return name + ": " + day.amount().stripTrailingZeros().toPlainString() + " " + unit;
        }
        return name + ": " + Messages.get("pictures_practised");
    }

    private static String weeks(String unit, GoalSpec spec, Map<LocalDate, DayTally> byDay, LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(spec.firstDayOfWeek()))
                .minusWeeks(11);
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 12; i++, week = week.plusWeeks(1)) {
            bars.add(bar(WEEK.format(week), sum(spec, byDay, week, week.plusDays(6)), unit));
        }
        return Charts.bar(
                Messages.get("pictures_weeks_title"), Messages.get("pictures_weeks_desc"), bars, unitLabel(spec, unit));
    }

    private static String months(String unit, GoalSpec spec, Map<LocalDate, DayTally> byDay, LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(11);
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            String label = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            bars.add(bar(label, sum(spec, byDay, month.atDay(1), month.atEndOfMonth()), unit));
        }
        return Charts.bar(
                Messages.get("pictures_months_title"),
                Messages.get("pictures_months_desc"),
                bars,
                unitLabel(spec, unit));
    }

    private static String strength(GoalSpec spec, List<DayTally> history, LocalDate today) {
        List<Charts.Point> points = ProgressCalculator.scores(spec, history, today.minusDays(89), today).stream()
                .map(score -> new Charts.Point(score.date(), score.score()))
                .toList();
        return Charts.line(Messages.get("pictures_strength_title"), Messages.get("pictures_strength_desc"), points);
    }

    private static String weekdays(GoalSpec spec, Map<LocalDate, DayTally> byDay) {
        int[] counts = new int[7];
        byDay.values().stream()
                .filter(day -> ProgressCalculator.qualifies(spec, day))
                .forEach(day -> counts[day.date().getDayOfWeek().ordinal()]++);
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = spec.firstDayOfWeek().plus(i);
            int n = counts[day.ordinal()];
            bars.add(new Charts.Bar(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), n, n + ""));
        }
        return Charts.bar(
                Messages.get("pictures_weekdays_title"),
                Messages.get("pictures_weekdays_desc"),
                bars,
                Messages.get("pictures_days"));
    }

    /** Amount for measured goals, counted days for check goals, between two days. */
    private static double sum(GoalSpec spec, Map<LocalDate, DayTally> byDay, LocalDate from, LocalDate to) {
        double total = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayTally day = byDay.get(d);
            if (day != null) {
                total += spec.measured()
                        ? day.amount().doubleValue()
                        : (ProgressCalculator.qualifies(spec, day) ? 1 : 0);
            }
        }
        return total;
    }

    private static Charts.Bar bar(String label, double value, String unit) {
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return new Charts.Bar(
                label, value, unit == null ? text : text + " " + Units.unitFor(BigDecimal.valueOf(value), unit));
    }

    private static String unitLabel(GoalSpec spec, String unit) {
        return spec.measured() && unit != null ? unit : Messages.get("pictures_days");
    }

    private static DayTally add(DayTally a, DayTally b) {
        return new DayTally(
                a.date(),
                a.done() + b.done(),
                a.skipped() + b.skipped(),
                a.amount().add(b.amount()));
    }
}
