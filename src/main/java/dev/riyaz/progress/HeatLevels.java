package dev.riyaz.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Turns amounts into heatmap levels: 0 means no practice, 1..4 are the quartiles of the days with practice, so the
 * colours spread evenly whatever the unit. Goals that only count whether a day qualified use {@link #ofDay}.
 */
public final class HeatLevels {

    private final double[] amounts;
    private final double[] quartiles;

    private HeatLevels(double[] sortedPositiveAmounts) {
        this.amounts = sortedPositiveAmounts;
        this.quartiles = amounts.length == 0
                ? new double[0]
                : new double[] {nearestRank(0.25), nearestRank(0.5), nearestRank(0.75)};
    }

    /** Levels for these amounts; zero, negative and missing amounts do not count towards the quartiles. */
    public static HeatLevels of(Collection<? extends Number> amounts) {
        double[] positive = amounts.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue)
                .filter(amount -> amount > 0)
                .sorted()
                .toArray();
        return new HeatLevels(positive);
    }

    /**
     * The level of one amount: 0 for none, 4 for the largest amounts, else the quartile it falls in. When every
     * day had the same amount, they all show at level 4.
     */
    public int levelOf(double amount) {
        if (!(amount > 0)) {
            return 0;
        }
        if (quartiles.length == 0 || amount >= amounts[amounts.length - 1] || amount > quartiles[2]) {
            return 4;
        }
        return amount > quartiles[1] ? 3 : amount > quartiles[0] ? 2 : 1;
    }

    /**
     * The legend for these amounts: "none" and, for each level that occurs, the range of amounts it stands for
     * ("5–15", "20–30 min"); the unit follows the last range.
     */
    public List<HeatKey> legend(String unit) {
        List<HeatKey> keys = new ArrayList<>();
        keys.add(new HeatKey(0, "none"));
        for (int level = 1; level <= 4; level++) {
            int wanted = level;
            double[] inLevel = Arrays.stream(amounts)
                    .filter(amount -> levelOf(amount) == wanted)
                    .toArray();
            if (inLevel.length > 0) {
                keys.add(new HeatKey(level, range(inLevel[0], inLevel[inLevel.length - 1])));
            }
        }
        if (keys.size() > 1 && unit != null && !unit.isBlank()) {
            HeatKey last = keys.remove(keys.size() - 1);
            keys.add(new HeatKey(last.level(), last.label() + " " + unit.strip()));
        }
        return List.copyOf(keys);
    }

    /** The level of a day for goals that count qualifying days: 4 when it qualified, 2 for some practice, else 0. */
    public static int ofDay(boolean qualified, boolean practised) {
        return qualified ? 4 : practised ? 2 : 0;
    }

    /** The legend that goes with {@link #ofDay}. */
    public static List<HeatKey> dayLegend() {
        return List.of(new HeatKey(0, "none"), new HeatKey(2, "some"), new HeatKey(4, "goal met"));
    }

    private double nearestRank(double share) {
        int rank = (int) Math.ceil(share * amounts.length);
        return amounts[Math.max(0, rank - 1)];
    }

    private static String range(double low, double high) {
        return low == high ? Svg.num(low) : Svg.num(low) + "–" + Svg.num(high);
    }
}
