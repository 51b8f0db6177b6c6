package dev.riyaz.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import dev.riyaz.goal.Units;

/**
 * What bar and line charts share: a fixed height in pixels and a width of 100%, with horizontal positions in percent,
 * so text keeps its size from a 320 px phone to a wide screen. The y axis has grid lines with a number above each and
 * the unit after the top one ("1 day", "4 days"); x labels are thinned so they never overlap (class {@code chart-x-extra} marks the ones
 * only screens at least 40em wide show).
 */
final class ChartFrame {

    static final int HEIGHT = 220;
    static final int PLOT_TOP = 24;
    static final int PLOT_BOTTOM = 184;
    static final double RIGHT = 98;
    static final int X_LABEL_Y = 206;
    static final List<String> EMPTY = List.of("Nothing to show yet.", "Practice you log will appear here.");

    private static final double CHAR_WIDTH = 7.2;
    private static final double NARROW_PX = 280;
    private static final double WIDE_PX = 520;

    private ChartFrame() {}

    static String picture(String title, String description, Svg body) {
        return Svg.picture(
                "chart", title, description, body, "width", "100%", "height", "" + HEIGHT, "font-size", "13");
    }

    /** An empty chart: the title and description as usual and a plain sentence instead of axes. */
    static String empty(String title, String description) {
        Svg body = new Svg();
        for (int line = 0; line < EMPTY.size(); line++) {
            String y = Svg.num(36 + line * 20);
            body.text(EMPTY.get(line), "class", "chart-empty", "x", "50%", "y", y, "text-anchor", "middle");
        }
        return Svg.picture("chart", title, description, body, "width", "100%", "height", "80", "font-size", "13");
    }

    /**
     * Where the plot starts, in percent: room on a narrow phone for the widest y label but the top one, which sits
     * above the highest grid line and so never meets a bar.
     */
    static double left(List<String> tickLabels) {
        int widest = tickLabels.stream()
                .limit(Math.max(1, tickLabels.size() - 1))
                .mapToInt(String::length)
                .max()
                .orElse(1);
        return Math.max(6, (widest * CHAR_WIDTH + 8) / NARROW_PX * 100);
    }

    static double y(double value, double top) {
        double share = top <= 0 ? 0 : Math.min(1, Math.max(0, value / top));
        return PLOT_BOTTOM - share * (PLOT_BOTTOM - PLOT_TOP);
    }

    /**
     * Grid lines across the whole width at the ticks, each number just above its line at the left edge; the unit
     * follows the top number ("300 min").
     */
    static void yAxis(Svg body, double left, double[] ticks, List<String> labels, String unit) {
        double top = ticks[ticks.length - 1];
        boolean withUnit = unit != null && !unit.isBlank();
        body.open("g", "class", "chart-y");
        for (int i = 0; i < ticks.length; i++) {
            double y = y(ticks[i], top);
            String label = i == ticks.length - 1 && withUnit
                    ? labels.get(i) + " " + Units.unitFor(BigDecimal.valueOf(ticks[i]), unit.strip())
                    : labels.get(i);
            body.empty(
                    "line",
                    "class",
                    i == 0 ? "chart-axis" : "chart-grid",
                    "x1",
                    "0",
                    "x2",
                    Svg.pct(RIGHT),
                    "y1",
                    Svg.num(y),
                    "y2",
                    Svg.num(y));
            body.text(label, "x", "0", "y", Svg.num(y - 5));
        }
        body.close("g");
    }

    /**
     * Labels under evenly spaced slots, the newest always labelled; {@code centre} gives a slot's middle in percent.
     * Each label is centred under its slot, but the first and last end at their slot's outer edge.
     */
    static void xLabels(Svg body, List<String> labels, double left, IntToDoubleFunction centre) {
        int n = labels.size();
        int widest = labels.stream().mapToInt(String::length).max().orElse(1);
        int wide = step(widest, n, left, WIDE_PX);
        int narrow = (int) Math.ceil(step(widest, n, left, NARROW_PX) / (double) wide) * wide;
        body.open("g", "class", "chart-x");
        for (int i = 0; i < n; i++) {
            int fromNewest = n - 1 - i;
            if (fromNewest % wide == 0) {
                // The end labels line up with the outer edge of their slot, so they never run past the picture.
                double half = n > 1 ? (centre.applyAsDouble(1) - centre.applyAsDouble(0)) / 2 : 0;
                boolean last = n > 1 && fromNewest == 0;
                boolean first = n > 1 && i == 0;
                double at = centre.applyAsDouble(i) + (last ? half : first ? -half : 0);
                String anchor = last ? "end" : first ? "start" : "middle";
                String[] place = {"x", Svg.pct(at), "y", "" + X_LABEL_Y, "text-anchor", anchor};
                body.text(labels.get(i), fromNewest % narrow == 0 ? place : extra(place));
            }
        }
        body.close("g");
    }

    static String[] extra(String... attributes) {
        String[] marked = new String[attributes.length + 2];
        marked[0] = "class";
        marked[1] = "chart-x-extra";
        System.arraycopy(attributes, 0, marked, 2, attributes.length);
        return marked;
    }

    private static int step(int chars, int slots, double left, double widthPx) {
        double slotPx = (RIGHT - left) / 100 * widthPx / slots;
        return Math.max(1, (int) Math.ceil((chars * CHAR_WIDTH + 8) / slotPx));
    }

    /** Round tick values from 0 to at least {@code max}: about four steps of 1, 2, 2.5 or 5 times a power of ten. */
    static double[] ticks(double max, boolean wholeNumbers) {
        if (!(max > 0)) {
            return new double[] {0, 1, 2, 3, 4};
        }
        double rough = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / magnitude;
        double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
        if (wholeNumbers) {
            step = Math.max(1, Math.ceil(step));
        }
        int count = (int) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }
}
