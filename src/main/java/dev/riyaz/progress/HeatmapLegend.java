package dev.riyaz.progress;

import java.util.List;

/**
 * The heatmap's legend on one line under the grid, right-aligned so phones see it first: "Less", then each level's
 * swatch followed by its numbers or words, then "More" flush with the grid's right edge. Text widths are estimated
 * generously, so fonts wider than expected only narrow the space before "More".
 */
final class HeatmapLegend {

    private static final double CHAR_WIDTH = 0.6 * Heatmap.FONT_SIZE;
    private static final int LABEL_GAP = 4;
    private static final int GAP = 10;

    private HeatmapLegend() {}

    static void draw(Svg body, List<HeatKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        int top = Heatmap.GRID_BOTTOM + 10;
        String baseline = Svg.num(top + Heatmap.CELL - 1.5);
        double x = Heatmap.WIDTH - width(keys);
        body.open("g", "class", "hm-legend");
        body.text("Less", "x", Svg.num(x), "y", baseline);
        x += width("Less") + GAP;
        for (HeatKey key : keys) {
            body.rect(null, "hm-" + key.level(), Svg.num(x), Svg.num(top), Heatmap.SIZE, Heatmap.SIZE, "rx", "2");
            x += Heatmap.CELL + LABEL_GAP;
            body.text(key.label(), "x", Svg.num(x), "y", baseline);
            x += width(key.label()) + GAP;
        }
        body.text("More", "x", Svg.num(Heatmap.WIDTH), "y", baseline, "text-anchor", "end");
        body.close("g");
    }

    private static double width(List<HeatKey> keys) {
        double total = width("Less") + GAP + width("More");
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
