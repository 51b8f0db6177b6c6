package dev.riyaz.practice;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountDeleting;
import dev.riyaz.goal.GoalDeleting;

/**
 * Before a goal goes, its practice goes (the database would drop it too, but silently): the resources that practice
 * named are counted again without it. When a whole account goes, all its practice, day totals and Idempotency-Key
 * records go, before its goals.
 */
@ApplicationScoped
class PracticeCleanup {

    private final ResourceUses resources;

    PracticeCleanup(ResourceUses resources) {
        this.resources = resources;
    }

    void goalDeleting(@Observes GoalDeleting goal) {
        List<Long> named = PracticeEntry.listResourceIdsForGoal(goal.ownerId(), goal.goalId());
        if (named.isEmpty()) {
            return;
        }
        PracticeEntry.deleteForGoal(goal.ownerId(), goal.goalId());
        PracticeEntry.getEntityManager().flush();
        named.forEach(id -> resources.refresh(goal.ownerId(), id, false));
    }

    /** Runs inside the account's deletion, at this room's level (see {@link AccountDeleting}). */
    void accountDeleting(@Observes @Priority(95) AccountDeleting account) {
        IdempotencyRecord.delete("ownerId", account.userId());
        PracticeEntry.delete("ownerId", account.userId());
        PracticeDay.delete("ownerId", account.userId());
    }
}
