package dev.riyaz.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A goal's stats as computed for one day, so pages read one row per goal instead of the goal's whole history. Any
 * practice change of the goal deletes it; a new day, or a change of the goal's rules (seen in the fingerprint), makes
 * it stale.
 */
@Entity
@Table(name = "goal_stats_cache")
class GoalStatsCache extends PanacheEntityBase {

    @Id
    @Column(name = "goal_id")
    public long goalId;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public String payload;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    static List<GoalStatsCache> listForOwner(long ownerId) {
        return list("ownerId", ownerId);
    }
}
