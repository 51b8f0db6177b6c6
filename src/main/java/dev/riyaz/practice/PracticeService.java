package dev.riyaz.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Hashes;
import dev.riyaz.common.PageView;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;

/** Logging, changing and listing practice. Every read and write is scoped to the owner. */
@ApplicationScoped
public class PracticeService {

    private final GoalService goals;
    private final DayTotals dayTotals;
    private final ResourceUses resources;
    private final ObjectMapper json;
    private final Clock clock;

    PracticeService(GoalService goals, DayTotals dayTotals, ResourceUses resources, ObjectMapper json, Clock clock) {
        this.goals = goals;
        this.dayTotals = dayTotals;
        this.resources = resources;
        this.json = json;
        this.clock = clock;
    }

    /** The answer to logging practice; {@code replayed} when an earlier request with the same key already did it. */
    public record Logged(EntryView entry, boolean replayed) {}

    /**
     * Logs practice for a goal. With an idempotency key, the same request again returns the first answer and logs
     * nothing; the same key with another request is a 409.
     */
    @Transactional
    public Logged log(
            AuthenticatedUser owner, long goalId, EntryRequest request, String channel, String idempotencyKey) {
        Goal goal = goals.findForUpdate(owner.id(), goalId);
        String requestHash = idempotencyKey == null ? null : requestHash(goalId, request);
        if (idempotencyKey != null) {
            Optional<Logged> earlier = replay(owner.id(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        PracticeEntry entry = new PracticeEntry();
        entry.ownerId = owner.id();
        entry.goalId = goal.id;
        entry.createdAt = clock.instant();
        EntryRules.apply(request, goal, entry, owner.today(clock), id -> resources.owns(owner.id(), id));
        entry.source = EntryRules.source(request.source(), channel);
        entry.persist();
        if (entry.resourceId != null) {
            PracticeEntry.getEntityManager().flush();
            resources.refresh(owner.id(), entry.resourceId, entry.status == PracticeEntry.Status.done);
        }
        startNoLaterThan(goal, entry.date);
        dayTotals.add(owner.id(), entry);
        EntryView view = EntryView.of(entry);
        if (idempotencyKey != null) {
            remember(owner.id(), idempotencyKey, requestHash, view);
        }
        return new Logged(view, false);
    }

    /**
     * The owner's entries after {@code afterId}, oldest first, a page at a time for exports: read-only and let go
     * of once read, so a long history streams without filling memory.
     */
    public List<EntryView> exportPage(long ownerId, long afterId, int size) {
        List<EntryView> page = PracticeEntry.<PracticeEntry>find(
                        "ownerId = ?1 and id > ?2 order by id", ownerId, afterId)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .page(0, size)
                .list()
                .stream()
                .map(EntryView::of)
                .toList();
        PracticeEntry.getEntityManager().clear();
        return page;
    }

    /**
     * Checks practice for a goal that is not saved yet (for checking a whole import first); throws a 422 listing every
     * problem. {@code knownResource} says whether a resource id names a resource of the same import.
     */
    public void check(
            AuthenticatedUser owner, Goal goal, EntryRequest request, java.util.function.LongPredicate knownResource) {
        EntryRules.apply(request, goal, new PracticeEntry(), owner.today(clock), knownResource);
        EntryRules.importedSource(request.source());
    }

    /**
     * Saves a goal's imported practice in one go (checked beforehand with {@link #check}): the entries, then each day's
     * totals summed here rather than day by day, then the resources they name counted again. {@code resourceIds} maps
     * a resource id of the import to the one saved.
     */
    @Transactional
    public int importAll(
            AuthenticatedUser owner,
            long goalId,
            List<EntryRequest> requests,
            java.util.function.LongUnaryOperator resourceIds) {
        if (requests.isEmpty()) {
            return 0;
        }
        Goal goal = goals.findForUpdate(owner.id(), goalId);
        List<PracticeEntry> entries = new java.util.ArrayList<>(requests.size());
        LocalDate today = owner.today(clock);
        for (EntryRequest request : requests) {
            PracticeEntry entry = new PracticeEntry();
            entry.ownerId = owner.id();
            entry.goalId = goal.id;
            entry.createdAt = clock.instant();
            EntryRules.apply(request, goal, entry, today, id -> true);
            entry.resourceId = request.resourceId() == null ? null : resourceIds.applyAsLong(request.resourceId());
            entry.source = EntryRules.importedSource(request.source());
            entry.persist();
            entries.add(entry);
        }
        LocalDate first = dayTotals.addAll(owner.id(), goal.id, entries);
        startNoLaterThan(goal, first);
        PracticeEntry.getEntityManager().flush();
        entries.stream()
                .map(entry -> entry.resourceId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(id -> resources.refresh(owner.id(), id, false));
        // Years of practice need not stay in the session once written: the next goal starts light.
        PracticeEntry.getEntityManager().flush();
        PracticeEntry.getEntityManager().clear();
        return requests.size();
    }

    @Transactional
    public EntryView get(long ownerId, long id) {
        return EntryView.of(find(ownerId, id));
    }

    /** Changes the day, status, amount or note of an entry (it stays with its goal). */
    @Transactional
    public EntryView update(AuthenticatedUser owner, long id, EntryRequest request) {
        PracticeEntry entry = find(owner.id(), id);
        Goal goal = goals.findForUpdate(owner.id(), entry.goalId);
        LocalDate before = entry.date;
        Long resourceBefore = entry.resourceId;
        EntryRules.apply(request, goal, entry, owner.today(clock), rid -> resources.owns(owner.id(), rid));
        startNoLaterThan(goal, entry.date);
        PracticeEntry.getEntityManager().flush();
        if (resourceBefore != null && !resourceBefore.equals(entry.resourceId)) {
            resources.refresh(owner.id(), resourceBefore, false);
        }
        if (entry.resourceId != null) {
            resources.refresh(owner.id(), entry.resourceId, entry.status == PracticeEntry.Status.done);
        }
        dayTotals.refresh(owner.id(), goal.id, entry.date);
        if (!before.equals(entry.date)) {
            dayTotals.refresh(owner.id(), goal.id, before);
        }
        return EntryView.of(entry);
    }

    @Transactional
    public void delete(long ownerId, long id) {
        PracticeEntry entry = find(ownerId, id);
        goals.findForUpdate(ownerId, entry.goalId).practiceVersion++;
        entry.delete();
        PracticeEntry.getEntityManager().flush();
        if (entry.resourceId != null) {
            resources.refresh(ownerId, entry.resourceId, false);
        }
        dayTotals.refresh(ownerId, entry.goalId, entry.date);
    }

    /** The owner's entries, newest first; 404 for a goal that is not the owner's, as everywhere else. */
    @Transactional
    public PageView<EntryView> page(long ownerId, Long goalId, LocalDate from, LocalDate to, int page, int size) {
        if (goalId != null) {
            goals.find(ownerId, goalId);
        }
        PanacheQuery<PracticeEntry> query = PracticeEntry.findForOwner(ownerId, goalId, from, to);
        List<EntryView> items =
                query.page(page, size).list().stream().map(EntryView::of).toList();
        return new PageView<>(items, page, size, query.count());
    }

    /**
     * The owner's newest entries, without counting them all: ids first from the (owner, date, id) index, then those
     * rows, so the cost does not grow with years of history.
     */
    @Transactional
    public List<EntryView> recent(long ownerId, int count) {
        List<Long> ids = PracticeEntry.getEntityManager()
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
        return PracticeEntry.<PracticeEntry>list("id in ?1 order by date desc, id desc", ids).stream()
                .map(EntryView::of)
                .toList();
    }

    /**
     * Before a goal goes, its practice goes (the database would drop it too, but silently): the resources that
     * practice named are counted again without it.
     */
    void goalDeleting(@jakarta.enterprise.event.Observes dev.riyaz.goal.GoalDeleting goal) {
        List<Long> named = PracticeEntry.getEntityManager()
                .createQuery(
                        "select distinct e.resourceId from PracticeEntry e "
                                + "where e.ownerId = ?1 and e.goalId = ?2 and e.resourceId is not null",
                        Long.class)
                .setParameter(1, goal.ownerId())
                .setParameter(2, goal.goalId())
                .getResultList();
        if (named.isEmpty()) {
            return;
        }
        PracticeEntry.delete("ownerId = ?1 and goalId = ?2", goal.ownerId(), goal.goalId());
        PracticeEntry.getEntityManager().flush();
        named.forEach(id -> resources.refresh(goal.ownerId(), id, false));
    }

    /** Resources to name when logging practice, for forms; {@code current} is kept even when finished. */
    @Transactional
    public List<dev.riyaz.common.Choice> resourceChoices(long ownerId, Long current) {
        return resources.choices(ownerId, current);
    }

    /** Practice done with one resource, per goal: how many sessions and how much. */
    public record UseTotal(long goalId, long sessions, java.math.BigDecimal amount) {}

    /** The owner's newest practice that named this resource. */
    @Transactional
    public List<EntryView> usedWith(long ownerId, long resourceId, int count) {
        return PracticeEntry.<PracticeEntry>find(
                        "ownerId = ?1 and resourceId = ?2 order by date desc, id desc", ownerId, resourceId)
                .page(0, count)
                .list()
                .stream()
                .map(EntryView::of)
                .toList();
    }

    /** Sessions and amounts done with this resource, per goal. */
    @Transactional
    public List<UseTotal> useTotals(long ownerId, long resourceId) {
        return PracticeEntry.getEntityManager()
                .createQuery(
                        "select e.goalId, count(e), sum(e.amount) from PracticeEntry e "
                                + "where e.ownerId = ?1 and e.resourceId = ?2 and e.status = ?3 group by e.goalId",
                        Object[].class)
                .setParameter(1, ownerId)
                .setParameter(2, resourceId)
                .setParameter(3, PracticeEntry.Status.done)
                .getResultList()
                .stream()
                .map(row -> new UseTotal((Long) row[0], (Long) row[1], (java.math.BigDecimal) row[2]))
                .toList();
    }

    /**
     * Practice logged before a goal's start date moves the start back, so that it counts; and every write moves the
     * goal's practice count on.
     */
    private static void startNoLaterThan(Goal goal, LocalDate day) {
        if (day.isBefore(goal.startDate)) {
            goal.startDate = day;
        }
        goal.practiceVersion++;
    }

    private PracticeEntry find(long ownerId, long id) {
        return PracticeEntry.findForOwner(ownerId, id)
                .orElseThrow(() -> new ApiException(
                        404, "Not found", "We could not find that practice. It may have been deleted."));
    }

    private Optional<Logged> replay(long ownerId, String key, String requestHash) {
        return IdempotencyRecord.findForOwner(ownerId, key).map(record -> {
            if (!record.requestHash.equals(requestHash)) {
                throw ApiException.conflict("This Idempotency-Key was already used for a different request.");
            }
            try {
                return new Logged(json.readValue(record.responseBody, EntryView.class), true);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored answer is not readable", e);
            }
        });
    }

    private void remember(long ownerId, String key, String requestHash, EntryView view) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.ownerId = ownerId;
        record.idemKey = key;
        record.requestHash = requestHash;
        record.entryId = view.id();
        record.responseBody = write(view);
        record.createdAt = clock.instant();
        // Flush now: when two requests with one key race, the loser fails here and the caller replays the winner.
        record.persistAndFlush();
    }

    /**
     * The request as it came, before any rule looked at it: numbers in scientific notation stay so, because a number
     * like {@code 1e10000} has no plain form to write.
     */
    private String requestHash(long goalId, EntryRequest request) {
        try {
            return Hashes.sha256(goalId + ":"
                    + json.writer()
                            .without(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                            .writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
