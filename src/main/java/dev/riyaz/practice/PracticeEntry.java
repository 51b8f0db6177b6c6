package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;

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
    static io.quarkus.hibernate.orm.panache.PanacheQuery<PracticeEntry> findForOwner(
            long ownerId, Long goalId, LocalDate from, LocalDate to) {
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
}
