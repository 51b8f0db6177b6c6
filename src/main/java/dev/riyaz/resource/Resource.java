package dev.riyaz.resource;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
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

    /** The resources a library query matches, in its order. */
    static List<Resource> listMatching(LibraryQuery query) {
        return list(query.query(), query.params());
    }

    static long countForOwner(long ownerId) {
        return count("ownerId", ownerId);
    }

    /** Every tag on the owner's resources, sorted. */
    static List<String> listTagsForOwner(long ownerId) {
        return getEntityManager()
                .createQuery(
                        "select distinct r.tags from Resource r where r.ownerId = ?1 and r.tags <> ''", String.class)
                .setParameter(1, ownerId)
                .getResultList()
                .stream()
                .flatMap(tags -> Tags.list(tags).stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** The first resource the owner saved under this link key. */
    static Optional<Resource> findFirstForOwnerByUrlKey(long ownerId, String urlKey) {
        return find("ownerId = ?1 and urlKey = ?2 order by id", ownerId, urlKey).firstResultOptional();
    }

    /** For each page the owner saved more than once, the id it was first saved under. */
    static Map<String, Long> findDuplicateFirsts(long ownerId) {
        Map<String, Long> firsts = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "select r.urlKey, min(r.id) from Resource r where r.ownerId = ?1 "
                                + "group by r.urlKey having count(r) > 1",
                        Object[].class)
                .setParameter(1, ownerId)
                .getResultList()
                .forEach(row -> firsts.put((String) row[0], (Long) row[1]));
        return firsts;
    }

    /** The owner's resources that are not finished, plus {@code current} if set, most recently used first. */
    static List<Resource> listUnfinishedForOwner(long ownerId, Long current) {
        return list(
                "ownerId = ?1 and (status <> ?2 or id = ?3) "
                        + "order by case when lastUsedAt is null then 1 else 0 end, lastUsedAt desc, lower(title)",
                ownerId,
                Status.done,
                current == null ? -1L : current);
    }

    /**
     * Active resources with their goals, per goal the least recently used first. The order spells out where never-used
     * rows go: H2 runs with DEFAULT_NULL_ORDERING=HIGH (as PostgreSQL) while Hibernate's H2 dialect assumes low nulls
     * and drops an explicit "nulls first".
     */
    private static final String LEAST_USED =
            "select g, r from Resource r join r.goalIds g join Goal goal on goal.id = g "
                    + "where goal.ownerId = r.ownerId and r.status = :active and %s "
                    + "order by g, case when r.lastUsedAt is null then 0 else 1 end, r.lastUsedAt, r.createdAt, r.id";

    /** For each of the owner's goals with an active resource, the one used least recently. */
    static Map<Long, Resource> findLeastUsedPerGoal(long ownerId) {
        return leastUsedPerGoal(String.format(LEAST_USED, "r.ownerId = :scope"), ownerId);
    }

    /** The same for these goals (of any owners: each resource is matched with goals of its own owner). */
    static Map<Long, Resource> findLeastUsedPerGoal(Collection<Long> goalIds) {
        return leastUsedPerGoal(String.format(LEAST_USED, "g in :scope"), goalIds);
    }

    private static Map<Long, Resource> leastUsedPerGoal(String query, Object scope) {
        Map<Long, Resource> first = new LinkedHashMap<>();
        getEntityManager()
                .createQuery(query, Object[].class)
                .setParameter("active", Status.active)
                .setParameter("scope", scope)
                .getResultList()
                .forEach(row -> first.putIfAbsent((Long) row[0], (Resource) row[1]));
        return first;
    }

    /** Locks this resource until the end of the transaction, so changes to its counts take turns. */
    void lock() {
        getEntityManager().lock(this, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<String> tagList() {
        return Tags.list(tags);
    }
}
