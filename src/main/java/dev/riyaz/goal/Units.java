package dev.riyaz.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an amount reads in the unit a goal counts in: "30 minutes", "1 page", "9 h 40 min". */
public final class Units {

    private Units() {}

    /** An amount with its unit; minutes of an hour or more read as "9 h 40 min". */
    public static String withUnit(BigDecimal amount, String unit) {
        if (unit == null) {
            return plain(amount);
        }
        boolean minutes =
                unit.equalsIgnoreCase("minutes") || unit.equalsIgnoreCase("min") || unit.equalsIgnoreCase("mins");
        if (minutes && amount.compareTo(BigDecimal.valueOf(60)) >= 0) {
            long total = amount.setScale(0, RoundingMode.HALF_UP).longValue();
            long rest = total % 60;
            return total / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
        }
        return plain(amount) + " " + unitFor(amount, unit);
    }

    /** The unit for this many: "minute" for exactly one of "minutes", the unit as written otherwise. */
    public static String unitFor(BigDecimal number, String unit) {
        if (number != null
                && unit != null
                && number.compareTo(BigDecimal.ONE) == 0
                && unit.length() > 1
                && unit.endsWith("s")) {
            return unit.substring(0, unit.length() - 1);
        }
        return unit;
    }

    /** "30", "1.5": without trailing zeros; empty for no amount. */
    public static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
