package dev.riyaz.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dev.riyaz.goal.Units;

/** Draws a bar chart: one group per bar, with a tooltip and a full-height hover target. */
final class BarChart {

    private static final double MAX_BAR_WIDTH = 10;

    private BarChart() {}

    static String render(String title, String description, List<Charts.Bar> bars, String unit) {
        double[] values = bars.stream().mapToDouble(bar -> clean(bar.value())).toArray();
        double max = Arrays.stream(values).max().orElse(0);
        boolean whole = Arrays.stream(values).allMatch(value -> value == Math.rint(value));
        double[] ticks = ChartFrame.ticks(max, whole);
        List<String> tickLabels = Arrays.stream(ticks).mapToObj(Svg::num).toList();
        double left = ChartFrame.left(tickLabels);
        double slot = (ChartFrame.RIGHT - left) / bars.size();

        Svg body = new Svg();
        ChartFrame.yAxis(body, left, ticks, tickLabels, unit);
        for (int i = 0; i < bars.size(); i++) {
            drawBar(body, bars.get(i), values[i], ticks[ticks.length - 1], left + i * slot, slot, unit);
        }
        List<String> labels = bars.stream().map(Charts.Bar::label).toList();
        ChartFrame.xLabels(body, labels, left, i -> left + (i + 0.5) * slot);
        return ChartFrame.picture(title, description, body);
    }

    private static void drawBar(
            Svg body, Charts.Bar bar, double value, double top, double x, double slot, String unit) {
        double width = Math.min(MAX_BAR_WIDTH, slot * 0.62);
        double y = ChartFrame.y(value, top);
        body.open("g", "class", "chart-bar").title(tooltip(bar, value, unit));
        String plotTop = "" + ChartFrame.PLOT_TOP;
        String plotHeight = "" + (ChartFrame.PLOT_BOTTOM - ChartFrame.PLOT_TOP);
        body.rect(null, "chart-hit", Svg.pct(x), plotTop, Svg.pct(slot), plotHeight, "fill", "transparent");
        String barX = Svg.pct(x + (slot - width) / 2);
        body.rect(null, "chart-fill", barX, Svg.num(y), Svg.pct(width), Svg.num(ChartFrame.PLOT_BOTTOM - y));
        body.close("g");
    }

    private static String tooltip(Charts.Bar bar, double value, String unit) {
        String text = bar.valueText().isBlank()
                ? (Svg.num(value) + " " + (unit == null ? "" : Units.unitFor(BigDecimal.valueOf(value), unit))).strip()
                : bar.valueText();
        return bar.label().isBlank() ? text : bar.label() + ": " + text;
    }

    private static double clean(double value) {
        return Double.isFinite(value) && value > 0 ? value : 0;
    }
}
