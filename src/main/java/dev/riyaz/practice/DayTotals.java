package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@link PracticeDay} in step with the entries: a new entry is added to its day's row; after a change or a delete
 * the day's row is summed again from that day's entries of the goal. Every write runs under the goal's lock, so the
 * totals cannot drift. Kept stats need no telling: they are valid only for the goal's practice count, which every
 * write moves on.
 */
@ApplicationScoped
class DayTotals {

    /**
     * The day rows of a goal that had no practice yet and now has all these entries (an import): summed here in one
     * pass instead of once per entry. Answers the first day.
     */
    LocalDate addAll(long ownerId, long goalId, java.util.List<PracticeEntry> entries) {
        java.util.Map<LocalDate, PracticeDay> days = new java.util.TreeMap<>();
        for (PracticeEntry entry : entries) {
            count(days.computeIfAbsent(entry.date, date -> fresh(ownerId, goalId, date)), entry);
        }
        days.values().forEach(day -> day.persist());
        return days.keySet().iterator().next();
    }

    /**
     * Adds one new entry to its day's row: a primary-key read and one update, however many entries the day already
     * has. Safe because the caller holds the goal's lock, so no other write of this goal runs meanwhile.
     */
    void add(long ownerId, PracticeEntry entry) {
        PracticeDay day = PracticeDay.findById(new PracticeDay.Key(entry.goalId, entry.date));
        boolean first = day == null;
        if (first) {
            day = fresh(ownerId, entry.goalId, entry.date);
        }
        count(day, entry);
        if (first) {
            // Persisted once counted: one insert, not an insert and an update.
            day.persist();
        }
    }

    /** Sums the goal's entries on this day again, after an entry changed or went. */
    void refresh(long ownerId, long goalId, LocalDate day) {
        Object[] sums = PracticeEntry.getEntityManager()
                .createQuery(
                        "select count(e), "
                                + "coalesce(sum(case when e.status = ?3 then 1 else 0 end), 0), "
                                + "sum(case when e.status = ?3 and e.amount is not null then e.amount else 0 end) "
                                + "from PracticeEntry e where e.goalId = ?1 and e.date = ?2",
                        Object[].class)
                .setParameter(1, goalId)
                .setParameter(2, day)
                .setParameter(3, PracticeEntry.Status.done)
                .getSingleResult();
        int entries = ((Number) sums[0]).intValue();
        int done = ((Number) sums[1]).intValue();
        BigDecimal amount = sums[2] == null ? BigDecimal.ZERO : new BigDecimal(sums[2].toString());
        PracticeDay row = PracticeDay.findById(new PracticeDay.Key(goalId, day));
        if (entries == 0) {
            if (row != null) {
                row.delete();
            }
        } else {
            boolean first = row == null;
            if (first) {
                row = fresh(ownerId, goalId, day);
            }
            row.doneCount = done;
            row.skippedCount = entries - done;
            row.amountTotal = amount;
            if (first) {
                row.persist();
            }
        }
    }

    /** A day row with nothing counted yet. */
    private static PracticeDay fresh(long ownerId, long goalId, LocalDate date) {
        PracticeDay day = new PracticeDay();
        day.goalId = goalId;
        day.day = date;
        day.ownerId = ownerId;
        day.amountTotal = BigDecimal.ZERO;
        return day;
    }

    /** Counts one more entry into its day row: done (with its amount) or a day off. */
    private static void count(PracticeDay day, PracticeEntry entry) {
        if (entry.status == PracticeEntry.Status.done) {
            day.doneCount++;
            day.amountTotal = entry.amount == null ? day.amountTotal : day.amountTotal.add(entry.amount);
        } else {
            day.skippedCount++;
        }
    }
}
