package dev.riyaz.circle;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One goal a member chose to show one circle. */
@Entity
@Table(name = "circle_share")
class CircleShare extends PanacheEntity {

    @Column(name = "circle_id", nullable = false)
    public long circleId;

    @Column(name = "member_id", nullable = false)
    public long memberId;

    @Column(name = "goal_id", nullable = false)
    public long goalId;

    /** Every share of a circle: the circle page reads them at once. */
    static List<CircleShare> listInCircle(long circleId) {
        return list("circleId = ?1 order by memberId, id", circleId);
    }

    static List<CircleShare> listForMember(long memberId) {
        return list("memberId = ?1 order by id", memberId);
    }

    static long deleteForMember(long memberId) {
        return delete("memberId", memberId);
    }
}
