package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    LocalDate addAll(long ownerId, long goalId, List<PracticeEntry> entries) {
        Map<LocalDate, PracticeDay> days = sum(ownerId, goalId, entries);
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
        PracticeEntry.DaySum sum = PracticeEntry.sumDay(goalId, day);
        PracticeDay row = PracticeDay.findById(new PracticeDay.Key(goalId, day));
        if (sum.entries() == 0) {
            if (row != null) {
                row.delete();
            }
            return;
        }
        boolean first = row == null;
        if (first) {
            row = fresh(ownerId, goalId, day);
        }
        set(row, sum);
        if (first) {
            row.persist();
        }
    }

    /** The day rows of these entries, not saved yet, earliest day first. */
    static Map<LocalDate, PracticeDay> sum(long ownerId, long goalId, List<PracticeEntry> entries) {
        Map<LocalDate, PracticeDay> days = new TreeMap<>();
        for (PracticeEntry entry : entries) {
            count(days.computeIfAbsent(entry.date, date -> fresh(ownerId, goalId, date)), entry);
        }
        return days;
    }

    /** A day row with nothing counted yet. */
    static PracticeDay fresh(long ownerId, long goalId, LocalDate date) {
        PracticeDay day = new PracticeDay();
        day.goalId = goalId;
        day.day = date;
        day.ownerId = ownerId;
        day.amountTotal = BigDecimal.ZERO;
        return day;
    }

    /** Counts one more entry into its day row: done (with its amount) or a day off. */
    static void count(PracticeDay day, PracticeEntry entry) {
        if (entry.status == PracticeEntry.Status.done) {
            day.doneCount++;
            day.amountTotal = entry.amount == null ? day.amountTotal : day.amountTotal.add(entry.amount);
        } else {
            day.skippedCount++;
        }
    }

    /** Puts a day's entries, summed again, into its row: what is not done is a day off. */
    static void set(PracticeDay row, PracticeEntry.DaySum sum) {
        row.doneCount = sum.done();
        row.skippedCount = sum.entries() - sum.done();
        row.amountTotal = sum.amount();
    }
}
