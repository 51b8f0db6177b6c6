package dev.riyaz.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Draws a score line from 0% to 100%, points placed by date, with a few date labels along the bottom. */
final class LineChart {

    private static final double[] TICKS = {0, 0.25, 0.5, 0.75, 1};
    private static final List<String> TICK_LABELS = List.of("0%", "25%", "50%", "75%", "100%");
    private static final int DOTS_ON_PHONES = 20;
    private static final int DOTS_ON_WIDE_SCREENS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private LineChart() {}

    static String render(String title, String description, List<Charts.Point> unsorted) {
        List<Charts.Point> points = unsorted.stream()
                .sorted(Comparator.comparing(Charts.Point::date))
                .toList();
        double left = ChartFrame.left(TICK_LABELS);
        LocalDate first = points.get(0).date();
        long span = ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date());
        Svg body = new Svg();
        ChartFrame.yAxis(body, left, TICKS, TICK_LABELS, null);
        body.open("g", "class", "chart-series");
        lines(body, points, first, span, left);
        dots(body, points, first, span, left);
        body.close("g");
        dateLabels(body, first, span, left);
        return ChartFrame.picture(title, description, body);
    }

    /** A line from each point to the next. */
    private static void lines(Svg body, List<Charts.Point> points, LocalDate first, long span, double left) {
        for (int i = 1; i < points.size(); i++) {
            Charts.Point from = points.get(i - 1);
            Charts.Point to = points.get(i);
            body.empty(
                    "line",
                    "class",
                    "chart-line",
                    "x1",
                    x(from.date(), first, span, left),
                    "y1",
                    y(from),
                    "x2",
                    x(to.date(), first, span, left),
                    "y2",
                    y(to));
        }
    }

    /** A dot on each point, with its day and value as a tooltip. */
    private static void dots(Svg body, List<Charts.Point> points, LocalDate first, long span, double left) {
        String dotClass = dotClass(points.size());
        for (Charts.Point point : points) {
            body.titled(
                    "circle",
                    DAY.format(point.date()) + ": " + percent(point),
                    "class",
                    dotClass,
                    "cx",
                    x(point.date(), first, span, left),
                    "cy",
                    y(point),
                    "r",
                    "4");
        }
    }

    /** Dots that would touch stay invisible but keep their tooltips: on phones above 20 points, everywhere above 60. */
    private static String dotClass(int points) {
        return points <= DOTS_ON_PHONES
                ? "chart-dot"
                : points <= DOTS_ON_WIDE_SCREENS ? "chart-dot chart-dot-wide" : "chart-dot chart-dot-quiet";
    }

    /** Up to five evenly spaced dates; phones show the first, the middle and the last. */
    private static void dateLabels(Svg body, LocalDate first, long span, double left) {
        int count = (int) Math.min(5, span + 1);
        DateTimeFormatter format = span > 300 ? MONTH : SHORT;
        body.open("g", "class", "chart-x");
        for (int i = 0; i < count; i++) {
            long offset = count == 1 ? 0 : Math.round(span * i / (double) (count - 1));
            LocalDate date = first.plusDays(offset);
            String anchor = count == 1 ? "middle" : i == 0 ? "start" : i == count - 1 ? "end" : "middle";
            String[] place = {"x", x(date, first, span, left), "y", "" + ChartFrame.X_LABEL_Y, "text-anchor", anchor};
            boolean onPhones = i == 0 || i == count - 1 || (count == 5 && i == 2);
            body.text(format.format(date), onPhones ? place : ChartFrame.extra(place));
        }
        body.close("g");
    }

    private static String x(LocalDate date, LocalDate first, long span, double left) {
        double share = span == 0 ? 0.5 : ChronoUnit.DAYS.between(first, date) / (double) span;
        return Svg.pct(left + share * (ChartFrame.RIGHT - left));
    }

    private static String y(Charts.Point point) {
        return Svg.num(ChartFrame.y(clamp(point.value()), 1));
    }

    private static String percent(Charts.Point point) {
        return Math.round(clamp(point.value()) * 100) + "%";
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
    }
}
