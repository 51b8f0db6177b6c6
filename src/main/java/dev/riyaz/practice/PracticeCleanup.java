package dev.riyaz.practice;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.goal.GoalDeleting;

/**
 * Before a goal goes, its practice goes (the database would drop it too, but silently): the resources that practice
 * named are counted again without it.
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
}
