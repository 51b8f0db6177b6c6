package dev.riyaz.progress;

import java.math.BigDecimal;

/** One goal in a period summary: "Python: 17 of 23 days, 580 minutes". */
public record SummaryRow(long goalId, String title, int qualifyingDays, int scheduledDays, BigDecimal total) {}
