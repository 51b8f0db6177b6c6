package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Practice as clients send it. Omitted: today, {@code done}, no amount, no note. */
public record EntryRequest(
        LocalDate date, String status, BigDecimal amount, String note, Long resourceId, String source) {}
