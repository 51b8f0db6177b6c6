package dev.riyaz.progress;

import java.math.BigDecimal;

/** One goal in a period summary: "Python: 17 of 23 days, 9 h 40 min". {@code unit} is null for check goals. */
public record SummaryRow(
        long goalId, String title, int qualifyingDays, int scheduledDays, BigDecimal total, String unit) {}
