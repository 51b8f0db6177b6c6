package dev.riyaz.resource;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Today's pick per goal, for the dashboard and the reminder mails: of the goal's active resources, the one used least
 * recently (never used first), so practice moves round them.
 */
@ApplicationScoped
public class TodaysPicks {

    /** A resource to practise with today, for one goal. */
    public record Pick(long goalId, long resourceId, String title, String url, String progressText) {}

    /** Today's pick for each of the owner's goals that has an active resource. */
    @Transactional
    public Map<Long, Pick> picks(long ownerId) {
        return picks(Resource.findLeastUsedPerGoal(ownerId));
    }

    /** Today's pick for each of these goals (of any owners: the goals come from owner-checked rows). */
    @Transactional
    public Map<Long, Pick> picksForGoals(Collection<Long> goalIds) {
        return goalIds.isEmpty() ? Map.of() : picks(Resource.findLeastUsedPerGoal(goalIds));
    }

    private static Map<Long, Pick> picks(Map<Long, Resource> leastUsed) {
        Map<Long, Pick> picks = new LinkedHashMap<>();
        leastUsed.forEach((goalId, r) -> picks.put(
                goalId, new Pick(goalId, r.id, r.title, r.url, ResourceView.progressText(r.progress, r.length))));
        return picks;
    }
}
