package dev.riyaz.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import dev.riyaz.practice.EntryRequest;

/**
 * One value of a habit's Checkmarks.csv as practice (without its date): done, a day off, an amount, or null for
 * nothing to import. Values come as numbers (older exports: 2 done by hand, 1 done automatically, 0 not done, 3
 * skipped, -1 unknown) or words (since Loop 2.3.1: YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN); numerical habits store
 * amounts times 1000.
 */
final class LoopMarks {

    private LoopMarks() {}

    /** YES_MANUAL (2): done; SKIP (3): a day off; YES_AUTO (1), NO (0) and UNKNOWN (-1): nothing to import. */
    static EntryRequest checkmark(String value, String note, String where, LoopFindings findings) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "2", "YES_MANUAL" -> new EntryRequest(null, "done", null, note, null, null);
            case "3", "SKIP" -> new EntryRequest(null, "skipped", null, note, null, null);
            case "1", "0", "-1", "YES_AUTO", "NO", "UNKNOWN" -> null;
            default -> {
                findings.problem(
                        where,
                        "\"" + value
                                + "\" is not a value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or 2, 1, 0, 3, -1).");
                yield null;
            }
        };
    }

    /** A numerical habit's amount (stored times 1000); 0 or less, or UNKNOWN, is nothing logged; SKIP is a day off. */
    static EntryRequest amount(String value, String note, String where, LoopFindings findings) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("SKIP")) {
            return new EntryRequest(null, "skipped", null, note, null, null);
        }
        if (upper.equals("UNKNOWN") || upper.equals("NO") || upper.equals("YES_AUTO")) {
            return null;
        }
        BigDecimal thousandths = LoopCsv.number(value);
        if (thousandths == null) {
            findings.problem(where, "\"" + value + "\" is not a number for this numerical habit.");
            return null;
        }
        if (thousandths.signum() <= 0) {
            return null;
        }
        BigDecimal amount = thousandths.movePointLeft(3).setScale(2, RoundingMode.HALF_UP);
        return amount.signum() == 0
                ? null
                : new EntryRequest(null, "done", amount.stripTrailingZeros(), note, null, null);
    }
}
