package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import org.hibernate.jpa.HibernateHints;

/** One piece of practice logged for a goal on a day, or a planned day off ({@code skipped}). */
@Entity
@Table(name = "practice_entry")
public class PracticeEntry extends PanacheEntity {

    public enum Status {
        done,
        skipped
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "goal_id", nullable = false)
    public long goalId;

    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public BigDecimal amount;

    public String note;

    /** The resource practised with, if any; cleared when that resource is deleted. */
    @Column(name = "resource_id")
    public Long resourceId;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<PracticeEntry> findForOwner(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    /** The owner's most recent entries, newest first, optionally for one goal and between two days. */
    static PanacheQuery<PracticeEntry> findForOwner(long ownerId, Long goalId, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("ownerId = :owner");
        Parameters params = Parameters.with("owner", ownerId);
        if (goalId != null) {
            query.append(" and goalId = :goal");
            params.and("goal", goalId);
        }
        if (from != null) {
            query.append(" and date >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and date <= :to");
            params.and("to", to);
        }
        query.append(" order by date desc, id desc");
        return find(query.toString(), params);
    }

    /** The owner's entries after {@code afterId}, oldest first, read-only: an export reads them a page at a time. */
    static List<PracticeEntry> listForOwnerAfter(long ownerId, long afterId, int size) {
        return PracticeEntry.<PracticeEntry>find("ownerId = ?1 and id > ?2 order by id", ownerId, afterId)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, size)
                .list();
    }

    /**
     * The owner's newest entries, without counting them all: ids first from the (owner, date, id) index, then those
     * rows, so the cost does not grow with years of history.
     */
    static List<PracticeEntry> listNewestForOwner(long ownerId, int count) {
        List<Long> ids = getEntityManager()
                .createQuery(
                        "select e.id from PracticeEntry e where e.ownerId = ?1 "
                                + "order by e.ownerId desc, e.date desc, e.id desc",
                        Long.class)
                .setParameter(1, ownerId)
                .setMaxResults(count)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by date desc, id desc", ids);
    }

    /** The owner's newest entries that named this resource. */
    static List<PracticeEntry> listNewestForResource(long ownerId, long resourceId, int count) {
        return PracticeEntry.<PracticeEntry>find(
                        "ownerId = ?1 and resourceId = ?2 order by date desc, id desc", ownerId, resourceId)
                .page(0, count)
                .list();
    }

    /** Sessions and amounts done with this resource, per goal. */
    static List<PracticeReads.UseTotal> listUseTotalsForResource(long ownerId, long resourceId) {
        return getEntityManager()
                .createQuery(
                        "select e.goalId, count(e), sum(e.amount) from PracticeEntry e "
                                + "where e.ownerId = ?1 and e.resourceId = ?2 and e.status = ?3 group by e.goalId",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, resourceId)
                .setParameter(3, Status.done)
                .getResultList()
                .stream()
                .map(row -> new PracticeReads.UseTotal((Long) row[0], (Long) row[1], (BigDecimal) row[2]))
                .toList();
    }

    /** How often practice with a resource was done, and when it was last logged. */
    public record Uses(int done, Instant last) {}

    /** The done practice of the owner that named this resource: how much, and the newest one's creation. */
    public static Uses usesOfResource(long ownerId, long resourceId) {
        Object[] done = getEntityManager()
                .createQuery(
                        "select count(e), max(e.createdAt) from PracticeEntry e "
                                + "where e.ownerId = ?1 and e.resourceId = ?2 and e.status = ?3",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, resourceId)
                .setParameter(3, Status.done)
                .getSingleResult();
        return new Uses(((Long) done[0]).intValue(), (Instant) done[1]);
    }

    /** The resources a goal's practice named, each once. */
    static List<Long> listResourceIdsForGoal(long ownerId, long goalId) {
        return getEntityManager()
                .createQuery(
                        "select distinct e.resourceId from PracticeEntry e "
                                + "where e.ownerId = ?1 and e.goalId = ?2 and e.resourceId is not null",
                        Long.class)
                .setParameter(1, ownerId)
                .setParameter(2, goalId)
                .getResultList();
    }

    static long deleteForGoal(long ownerId, long goalId) {
        return delete("ownerId = ?1 and goalId = ?2", ownerId, goalId);
    }

    /** One goal's entries on one day, summed: how many, how many done, and the amount done. */
    record DaySum(int entries, int done, BigDecimal amount) {}

    static DaySum sumDay(long goalId, LocalDate day) {
        Object[] sums = getEntityManager()
                .createQuery(
                        "select count(e), "
                                + "coalesce(sum(case when e.status = ?3 then 1 else 0 end), 0), "
                                + "sum(case when e.status = ?3 and e.amount is not null then e.amount else 0 end) "
                                + "from PracticeEntry e where e.goalId = ?1 and e.date = ?2",
                        Object[].class)
                .setParameter(1, goalId)
                .setParameter(2, day)
                .setParameter(3, Status.done)
                .getSingleResult();
        return new DaySum(
                ((Number) sums[0]).intValue(),
                ((Number) sums[1]).intValue(),
                sums[2] == null ? BigDecimal.ZERO : new BigDecimal(sums[2].toString()));
    }
}
