package dev.riyaz.goal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;

/** Creating, changing, ordering, archiving and deleting goals, always within one owner's goals. */
@ApplicationScoped
public class GoalService {

    private final Clock clock;
    private final jakarta.enterprise.event.Event<GoalDeleting> deleting;

    GoalService(Clock clock, jakarta.enterprise.event.Event<GoalDeleting> deleting) {
        this.clock = clock;
        this.deleting = deleting;
    }

    /** The owner's goals in their chosen order; {@code archived} null means all of them. */
    @Transactional
    public List<GoalView> list(long ownerId, Boolean archived) {
        List<Goal> goals = archived == null ? Goal.listForOwner(ownerId) : Goal.listForOwner(ownerId, archived);
        return goals.stream().map(GoalView::of).toList();
    }

    @Transactional
    public GoalView get(long ownerId, long id) {
        return GoalView.of(find(ownerId, id));
    }

    /** The goal entity for other features (practice, progress); 404 when it is not this owner's. */
    public Goal find(long ownerId, long id) {
        return Goal.findForOwner(ownerId, id).orElseThrow(() -> ApiException.notFound("goal"));
    }

    /** Which of these goal ids are the owner's. */
    public java.util.Set<Long> owned(long ownerId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(Goal.listOwnedIds(ownerId, ids));
    }

    /**
     * The goal, locked until the end of the transaction: practice writes for one goal take turns, so its day totals
     * are summed from a stable set of entries.
     */
    public Goal findForUpdate(long ownerId, long id) {
        return Goal.findForOwnerForUpdate(ownerId, id).orElseThrow(() -> ApiException.notFound("goal"));
    }

    /**
     * The goal this request describes, checked but not saved (for checking a whole import before writing any of it);
     * throws a 422 listing every problem.
     */
    public Goal draft(AuthenticatedUser owner, GoalRequest request) {
        Goal goal = new Goal();
        GoalRules.apply(request, goal, owner.today(clock));
        return goal;
    }

    @Transactional
    public GoalView create(AuthenticatedUser owner, GoalRequest request) {
        Goal goal = new Goal();
        goal.ownerId = owner.id();
        goal.position = Goal.nextPosition(owner.id());
        goal.createdAt = clock.instant();
        GoalRules.apply(request, goal, owner.today(clock));
        goal.persist();
        if (request.position() != null) {
            move(goal, request.position());
        }
        return GoalView.of(goal);
    }

    @Transactional
    public GoalView replace(AuthenticatedUser owner, long id, GoalRequest request) {
        Goal goal = find(owner.id(), id);
        GoalRules.apply(request, goal, owner.today(clock));
        if (request != null && request.position() != null) {
            move(goal, request.position());
        }
        return GoalView.of(goal);
    }

    @Transactional
    public GoalView patch(AuthenticatedUser owner, long id, GoalRequest patch) {
        Goal goal = find(owner.id(), id);
        if (patch == null) {
            throw new ApiException(400, "Bad request", "A JSON body is required.");
        }
        GoalRules.apply(GoalRequest.of(goal).overlay(patch), goal, owner.today(clock));
        if (patch.position() != null) {
            move(goal, patch.position());
        }
        return GoalView.of(goal);
    }

    @Transactional
    public GoalView archive(AuthenticatedUser owner, long id, boolean archived) {
        Goal goal = find(owner.id(), id);
        goal.archived = archived;
        return GoalView.of(goal);
    }

    /** Deletes the goal and all practice logged for it. */
    @Transactional
    public void delete(long ownerId, long id) {
        Goal goal = find(ownerId, id);
        deleting.fire(new GoalDeleting(ownerId, id));
        goal.delete();
    }

    /** Moves a goal one place up (-1) or down (+1) among the owner's goals. */
    @Transactional
    public void moveBy(long ownerId, long id, int step) {
        Goal goal = find(ownerId, id);
        List<Goal> all = Goal.listForOwner(ownerId);
        move(goal, all.indexOf(goal) + step);
    }

    /** Puts the goal at this place (0 first) in the owner's order and numbers the others around it. */
    private void move(Goal goal, int position) {
        List<Goal> others = new ArrayList<>(Goal.listForOwner(goal.ownerId));
        others.remove(goal);
        int at = Math.max(0, Math.min(position, others.size()));
        others.add(at, goal);
        for (int i = 0; i < others.size(); i++) {
            others.get(i).position = i;
        }
    }
}
