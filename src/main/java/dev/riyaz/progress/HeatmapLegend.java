package dev.riyaz.progress;

import java.util.List;

/**
 * The heatmap's legend under the grid, right-aligned so phones see it first: "Less", then each level's swatch followed
 * by its numbers or words, then "More" flush with the grid's right edge. A legend wider than a phone shows of the
 * heatmap ({@link #MAX_ROW} units) takes more lines, each ending at the grid's right edge. Text widths are
 * estimated generously, so fonts wider than expected only narrow the space between the parts.
 */
final class HeatmapLegend {

    /** The height of one legend line, in the heatmap's units. */
    static final int ROW = 16;

    /**
     * The widest line: what a 320 px phone shows of the heatmap (about 240 px of its scroll box, the heatmap kept at
     * 40rem for 794 units) with room to spare.
     */
    static final double MAX_ROW = 250;

    private static final double CHAR_WIDTH = 0.6 * Heatmap.FONT_SIZE;
    private static final int LABEL_GAP = 4;
    private static final int GAP = 10;

    private HeatmapLegend() {}

    /** Draws the legend and answers how many lines it took (0 with no keys). */
    static int draw(Svg body, List<HeatKey> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        List<List<HeatKey>> lines = new java.util.ArrayList<>();
        List<HeatKey> line = new java.util.ArrayList<>();
        for (HeatKey key : keys) {
            List<HeatKey> longer = new java.util.ArrayList<>(line);
            longer.add(key);
            if (!line.isEmpty() && width(longer, lines.isEmpty(), false) > MAX_ROW) {
                lines.add(line);
                line = new java.util.ArrayList<>(List.of(key));
            } else {
                line = longer;
            }
        }
        lines.add(line);
        if (width(line, lines.size() == 1, true) > MAX_ROW) {
            lines.add(List.of());
        }
        int top = Heatmap.GRID_BOTTOM + 10;
        body.open("g", "class", "hm-legend");
        for (int i = 0; i < lines.size(); i++) {
            line(body, lines.get(i), top + i * ROW, i == 0, i == lines.size() - 1);
        }
        body.close("g");
        return lines.size();
    }

    private static void line(Svg body, List<HeatKey> keys, int top, boolean less, boolean more) {
        String baseline = Svg.num(top + Heatmap.CELL - 1.5);
        double x = Heatmap.GRID_RIGHT - width(keys, less, more);
        if (less) {
            body.text("Less", "x", Svg.num(x), "y", baseline);
            x += width("Less") + GAP;
        }
        for (HeatKey key : keys) {
            body.rect(null, "hm-" + key.level(), Svg.num(x), Svg.num(top), Heatmap.SIZE, Heatmap.SIZE, "rx", "2");
            x += Heatmap.CELL + LABEL_GAP;
            body.text(key.label(), "x", Svg.num(x), "y", baseline);
            x += width(key.label()) + GAP;
        }
        if (more) {
            body.text("More", "x", Svg.num(Heatmap.GRID_RIGHT), "y", baseline, "text-anchor", "end");
        }
    }

    /** The estimated width of one line of the legend. */
    static double width(List<HeatKey> keys, boolean less, boolean more) {
        double total = (less ? width("Less") + GAP : 0) + (more ? width("More") : -GAP);
        for (HeatKey key : keys) {
            total += Heatmap.CELL + LABEL_GAP + width(key.label()) + GAP;
        }
        return total;
    }

    /** An estimate of the text's width, enough to keep the legend's parts apart. */
    static double width(String text) {
        return text.codePointCount(0, text.length()) * CHAR_WIDTH;
    }
}
