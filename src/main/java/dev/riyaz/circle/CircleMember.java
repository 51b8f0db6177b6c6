package dev.riyaz.circle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One person in one circle: their role, and whether they are in (active) or still waiting for approval (pending). */
@Entity
@Table(name = "circle_member")
class CircleMember extends PanacheEntity {

    static final String ACTIVE = "active";
    static final String PENDING = "pending";

    @Column(name = "circle_id", nullable = false)
    public long circleId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CircleRole role;

    @Column(nullable = false)
    public String status;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    boolean active() {
        return ACTIVE.equals(status);
    }

    /** The person's place in the circle, active or pending; empty when they are not in it at all. */
    static Optional<CircleMember> findInCircle(long circleId, long userId) {
        return find("circleId = ?1 and userId = ?2", circleId, userId).firstResultOptional();
    }

    /** The person's active memberships, oldest first. */
    static List<CircleMember> listActiveForUser(long userId) {
        return list("userId = ?1 and status = ?2 order by joinedAt, id", userId, ACTIVE);
    }

    /** Every membership of the person, active or pending (account deletion). */
    static List<CircleMember> listForUser(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    /** How many circles the person is in or waiting for. */
    static long countForUser(long userId) {
        return count("userId", userId);
    }

    /** A circle's members with this status, longest-standing first. */
    static List<CircleMember> listInCircle(long circleId, String status) {
        return list("circleId = ?1 and status = ?2 order by joinedAt, id", circleId, status);
    }

    /** How many people are in a circle or waiting for it. */
    static long countInCircle(long circleId) {
        return count("circleId", circleId);
    }

    /** How many active members each of these circles has. */
    static java.util.Map<Long, Long> countActive(Collection<Long> circleIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (circleIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select m.circleId, count(m) from CircleMember m where m.circleId in ?1 and m.status = ?2"
                                + " group by m.circleId",
                        Object[].class)
                .setParameter(1, circleIds)
                .setParameter(2, ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
