package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Bar and line charts as SVG markup, safe to insert raw into a page. Each chart is an image named by its title and
 * described by its description (the text alternative), has a tooltip per bar or point, and spans the width of its
 * container at a fixed height, with text that keeps its size. No data gives a small chart with a plain sentence.
 * Pages insert the markup raw ({@code {chart.raw}} in Qute), best next to a short text summary.
 */
public final class Charts {

    /** One bar: its x label ("6 Oct", "Mon"), its value, and the value as people read it ("45 min"). */
    public record Bar(String label, double value, String valueText) {

        public Bar {
            label = label == null ? "" : label;
            valueText = valueText == null ? "" : valueText;
        }
    }

    /** One point of a score line: a day and a share from 0 to 1, drawn as 0% to 100%. */
    public record Point(LocalDate date, double value) {

        public Point {
            if (date == null) {
                throw new IllegalArgumentException("a point needs a date");
            }
        }
    }

    private Charts() {}

    /**
     * A bar chart, e.g. the amount per week for 12 weeks, per month, or per weekday. The y axis starts at 0 and is
     * labelled with round numbers and {@code unit} ("min"); each bar's tooltip is "label: valueText".
     */
    public static String bar(String title, String description, List<Bar> bars, String unit) {
        return bars == null || bars.isEmpty()
                ? ChartFrame.empty(title, description)
                : BarChart.render(title, description, bars, unit);
    }

    /**
     * A line chart of a score over time, y axis 0% to 100%; points are placed by date, so gaps in the days show as
     * gaps along the axis. Each point's tooltip is "Tue 14 Oct: 72%".
     */
    public static String line(String title, String description, List<Point> points) {
        return points == null || points.isEmpty()
                ? ChartFrame.empty(title, description)
                : LineChart.render(title, description, points);
    }
}
