package dev.riyaz.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.PageView;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;

/**
 * Logging, changing, deleting and listing practice. Every read and write is scoped to the owner, and every write holds
 * its goal's lock while it keeps the day totals and the named resource in step.
 */
@ApplicationScoped
public class PracticeService {

    private final GoalService goals;
    private final DayTotals dayTotals;
    private final ResourceUses resources;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    PracticeService(
            GoalService goals,
            DayTotals dayTotals,
            ResourceUses resources,
            IdempotencyKeys idempotencyKeys,
            Clock clock) {
        this.goals = goals;
        this.dayTotals = dayTotals;
        this.resources = resources;
        this.idempotencyKeys = idempotencyKeys;
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
        IdempotentRequest idempotent = idempotencyKeys.request(idempotencyKey, goalId, request);
        if (idempotent != null) {
            Optional<EntryView> earlier = idempotencyKeys.earlierAnswer(owner.id(), idempotent);
            if (earlier.isPresent()) {
                return new Logged(earlier.get(), true);
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
        goal.practiceWrittenOn(entry.date);
        dayTotals.add(owner.id(), entry);
        EntryView view = EntryView.of(entry);
        if (idempotent != null) {
            idempotencyKeys.remember(owner.id(), idempotent, view);
        }
        return new Logged(view, false);
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
        goal.practiceWrittenOn(entry.date);
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

    /** Resources to name when logging practice, for forms; {@code current} is kept even when finished. */
    @Transactional
    public List<Choice> resourceChoices(long ownerId, Long current) {
        return resources.choices(ownerId, current);
    }

    private PracticeEntry find(long ownerId, long id) {
        return PracticeEntry.findForOwner(ownerId, id)
                .orElseThrow(() -> new ApiException(
                        404, "Not found", "We could not find that practice. It may have been deleted."));
    }
}
