package dev.riyaz.resource;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dev.riyaz.common.Tags;

/** A link someone learns from (a course, docs, a page to follow), the goals it serves and how far through it they are. */
@Entity
@Table(name = "resource")
public class Resource extends PanacheEntity {

    static final int TITLE_MAX = 200;

    public enum Kind {
        course,
        docs,
        video,
        article,
        practice,
        social,
        book,
        repo,
        other
    }

    public enum Status {
        todo,
        active,
        paused,
        done
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(nullable = false)
    public String url;

    /** The link without scheme, {@code www.}, trailing slash, fragment or {@code utm_} parameters: finds duplicates. */
    @Column(name = "url_key", nullable = false)
    public String urlKey;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String notes;

    @Column(nullable = false)
    public String tags = "";

    /** How long it is, in whole parts (lessons, chapters, problems); null when it has no length. */
    @Column(name = "parts_total")
    public Integer length;

    /** How many of those parts are done. */
    @Column(name = "parts_done")
    public Integer progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "practice_count", nullable = false)
    public int practiceCount;

    /** The newest practice that named it or "+1", whichever came last. */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "last_step_at")
    public Instant lastStepAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "resource_goal", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "goal_id")
    public Set<Long> goalIds = new LinkedHashSet<>();

    /** The resource if it belongs to this owner; another person's resource is as good as missing. */
    static Optional<Resource> findForOwner(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    public List<String> tagList() {
        return Tags.list(tags);
    }
}
