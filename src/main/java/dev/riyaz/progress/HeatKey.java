package dev.riyaz.progress;

/**
 * One entry of a heatmap's legend: a level, 0..4, and the words or numbers it stands for ("none", "16–30 min"), so
 * colour never carries the meaning alone.
 */
public record HeatKey(int level, String label) {

    public HeatKey {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0..4, was " + level);
        }
        label = label == null ? "" : label;
    }
}
