package dev.riyaz.circle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A circle: a study group or meetup that practises together. It has no owner column: who owns, organises and belongs
 * to it lives in {@link CircleMember}, so that handing a circle over is one change of roles.
 */
@Entity
@Table(name = "circle")
class Circle extends PanacheEntity {

    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 500;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description = "";

    @Column(name = "requires_approval", nullable = false)
    public boolean requiresApproval;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** These circles; the ids come from the caller's own memberships. */
    static List<Circle> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
