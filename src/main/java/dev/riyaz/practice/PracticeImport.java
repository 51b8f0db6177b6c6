package dev.riyaz.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;

/** Imported practice: checked for a whole file before anything is written, then saved a goal at a time. */
@ApplicationScoped
public class PracticeImport {

    private final GoalService goals;
    private final DayTotals dayTotals;
    private final ResourceUses resources;
    private final Clock clock;

    PracticeImport(GoalService goals, DayTotals dayTotals, ResourceUses resources, Clock clock) {
        this.goals = goals;
        this.dayTotals = dayTotals;
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Checks practice for a goal that is not saved yet (for checking a whole import first); throws a 422 listing every
     * problem. {@code knownResource} says whether a resource id names a resource of the same import.
     */
    public void check(AuthenticatedUser owner, Goal goal, EntryRequest request, LongPredicate knownResource) {
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
            AuthenticatedUser owner, long goalId, List<EntryRequest> requests, LongUnaryOperator resourceIds) {
        if (requests.isEmpty()) {
            return 0;
        }
        Goal goal = goals.findForUpdate(owner.id(), goalId);
        List<PracticeEntry> entries = new ArrayList<>(requests.size());
        LocalDate today = owner.today(clock);
        for (EntryRequest request : requests) {
            entries.add(save(owner, goal, request, today, resourceIds));
        }
        goal.practiceWrittenOn(dayTotals.addAll(owner.id(), goal.id, entries));
        PracticeEntry.getEntityManager().flush();
        entries.stream()
                .map(entry -> entry.resourceId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> resources.refresh(owner.id(), id, false));
        // Years of practice need not stay in the session once written: the next goal starts light.
        PracticeEntry.getEntityManager().flush();
        PracticeEntry.getEntityManager().clear();
        return requests.size();
    }

    private PracticeEntry save(
            AuthenticatedUser owner, Goal goal, EntryRequest request, LocalDate today, LongUnaryOperator resourceIds) {
        PracticeEntry entry = new PracticeEntry();
        entry.ownerId = owner.id();
        entry.goalId = goal.id;
        entry.createdAt = clock.instant();
        EntryRules.apply(request, goal, entry, today, id -> true);
        entry.resourceId = request.resourceId() == null ? null : resourceIds.applyAsLong(request.resourceId());
        entry.source = EntryRules.importedSource(request.source());
        entry.persist();
        return entry;
    }
}
