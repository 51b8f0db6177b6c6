package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Keeps {@link PracticeDay} in step with the entries: after every write the day's row is summed again from that day's
 * entries of the goal (a handful of rows, found by index), so the totals can never drift.
 */
@ApplicationScoped
class DayTotals {

    private final Event<PracticeChanged> changed;

    DayTotals(Event<PracticeChanged> changed) {
        this.changed = changed;
    }

    /** Tells progress that practice of the goal changed from this day on, after a bulk write. */
    void changed(long ownerId, long goalId, LocalDate day) {
        changed.fire(new PracticeChanged(ownerId, goalId, day));
    }

    /** Sums the goal's entries on this day again and tells progress that the day changed. */
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
            boolean fresh = row == null;
            if (fresh) {
                row = new PracticeDay();
                row.goalId = goalId;
                row.day = day;
                row.ownerId = ownerId;
            }
            row.doneCount = done;
            row.skippedCount = entries - done;
            row.amountTotal = amount;
            if (fresh) {
                row.persist();
            }
        }
        changed.fire(new PracticeChanged(ownerId, goalId, day));
    }
}
