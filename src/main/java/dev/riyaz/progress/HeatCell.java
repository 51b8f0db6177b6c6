package dev.riyaz.progress;

/**
 * One day of a heatmap: its colour level, 0 (no practice) to 4 (the most), and the tooltip a person sees, such as
 * "Tue 14 Oct: 45 min".
 */
public record HeatCell(int level, String title) {

    public HeatCell {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0..4, was " + level);
        }
        title = title == null ? "" : title;
    }
}
