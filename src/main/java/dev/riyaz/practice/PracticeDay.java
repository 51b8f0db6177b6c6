package dev.riyaz.practice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.hibernate.jpa.HibernateHints;

/**
 * One goal's practice on one day, summed from its entries and kept up to date on every write, so progress reads one
 * small row per day instead of every entry.
 */
@Entity
@Table(name = "practice_day")
@IdClass(PracticeDay.Key.class)
public class PracticeDay extends PanacheEntityBase {

    /** The primary key: goal and day. */
    public static class Key implements Serializable {
        public long goalId;
        public LocalDate day;

        public Key() {}

        public Key(long goalId, LocalDate day) {
            this.goalId = goalId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.goalId == goalId && java.util.Objects.equals(key.day, day);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(goalId, day);
        }
    }

    @Id
    @Column(name = "goal_id")
    public long goalId;

    @Id
    @Column(name = "practice_date")
    public LocalDate day;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "done_count", nullable = false)
    public int doneCount;

    @Column(name = "skipped_count", nullable = false)
    public int skippedCount;

    @Column(name = "amount_total", nullable = false)
    public BigDecimal amountTotal;

    /**
     * Runs a read-only query: progress reads up to years of day rows per computation, and Hibernate then neither keeps
     * a snapshot of each row nor checks them for changes at commit.
     */
    private static List<PracticeDay> readOnly(PanacheQuery<PracticeDay> query) {
        return query.withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The days of one goal up to and including a day, oldest first. */
    public static List<PracticeDay> listForGoalUntil(long ownerId, long goalId, LocalDate until) {
        return readOnly(find("ownerId = ?1 and goalId = ?2 and day <= ?3 order by day", ownerId, goalId, until));
    }

    /** The days of one goal between two days, oldest first. */
    public static List<PracticeDay> listForGoalBetween(long ownerId, long goalId, LocalDate from, LocalDate to) {
        return readOnly(find(
                "ownerId = ?1 and goalId = ?2 and day >= ?3 and day <= ?4 order by day", ownerId, goalId, from, to));
    }

    /** The days of all of an owner's goals between two days, for summaries and the combined heatmap. */
    public static List<PracticeDay> listForOwnerBetween(long ownerId, LocalDate from, LocalDate to) {
        return readOnly(find("ownerId = ?1 and day >= ?2 and day <= ?3 order by day", ownerId, from, to));
    }

    /**
     * The days of many goals (of any owners: the ids come from owner-checked rows) between two days, oldest first: one
     * read for a whole batch of reminders.
     */
    public static List<PracticeDay> listForGoalsBetween(Collection<Long> goalIds, LocalDate from, LocalDate to) {
        return readOnly(find("goalId in ?1 and day >= ?2 and day <= ?3 order by day", goalIds, from, to));
    }
}
