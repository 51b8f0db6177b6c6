package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A practice entry as the API shows it. */
public record EntryView(
        long id,
        long goalId,
        LocalDate date,
        String status,
        BigDecimal amount,
        String note,
        Long resourceId,
        String source,
        Instant createdAt) {

    static EntryView of(PracticeEntry e) {
        return new EntryView(
                e.id,
                e.goalId,
                e.date,
                e.status.name(),
                e.amount == null ? null : e.amount.stripTrailingZeros(),
                e.note,
                e.resourceId,
                e.source,
                e.createdAt);
    }
}
