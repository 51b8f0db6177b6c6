package dev.riyaz.circle;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.goal.Goal;

/** Which of a member's goals a circle sees: chosen per circle, nothing by joining alone. */
@ApplicationScoped
public class CircleShares {

    private final Clock clock;

    CircleShares(Clock clock) {
        this.clock = clock;
    }

    /**
     * Replaces what the caller shares with the circle by exactly these goals of theirs. Any goal id that is not the
     * caller's is a 422 and nothing changes.
     */
    @Transactional
    public List<CircleGoal> share(long userId, long circleId, List<Long> goalIds) {
        CircleMember member = CircleAccess.member(circleId, userId);
        Set<Long> wanted = new LinkedHashSet<>(goalIds == null ? List.of() : goalIds);
        if (wanted.contains(null)) {
            throw CircleAccess.invalid("goalIds", "circle_error_not_your_goal");
        }
        if (wanted.size() > CircleLimits.SHARES_PER_MEMBER) {
            throw CircleAccess.invalid("goalIds", "circle_error_too_many_shares", CircleLimits.SHARES_PER_MEMBER);
        }
        List<Goal> goals = wanted.isEmpty() ? List.of() : Goal.listByIds(wanted);
        if (goals.size() != wanted.size() || goals.stream().anyMatch(goal -> goal.ownerId != userId)) {
            throw CircleAccess.invalid("goalIds", "circle_error_not_your_goal");
        }
        CircleShare.deleteForMember(member.id);
        CircleShare.flush();
        for (Long goalId : wanted) {
            CircleShare share = new CircleShare();
            share.circleId = circleId;
            share.memberId = member.id;
            share.goalId = goalId;
            share.persist();
        }
        CircleShare.flush();
        return CircleReads.of(List.of(member), CircleShare.listForMember(member.id), clock)
                .circleGoals(userId);
    }

    /** The ids of the caller's goals shared with the circle; 404 for anyone who is not a member. */
    @Transactional
    public Set<Long> sharedIds(long userId, long circleId) {
        CircleMember member = CircleAccess.member(circleId, userId);
        Set<Long> ids = new LinkedHashSet<>();
        CircleShare.listForMember(member.id).forEach(share -> ids.add(share.goalId));
        return ids;
    }
}
