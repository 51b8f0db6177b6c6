package dev.riyaz.circle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.User;
import dev.riyaz.common.ApiException;

/** Who is in a circle and what they share with it; leaving, removing, approving and changing roles. */
@ApplicationScoped
public class CircleMembers {

    private final Clock clock;

    CircleMembers(Clock clock) {
        this.clock = clock;
    }

    /**
     * The circle's members by name, each with the goals they share with it; organisers also see who waits for approval
     * (after the members). 404 for anyone who is not an active member.
     */
    @Transactional
    public List<MemberView> list(long userId, long circleId) {
        CircleMember caller = CircleAccess.member(circleId, userId);
        List<CircleMember> members = new ArrayList<>(CircleMember.listInCircle(circleId, CircleMember.ACTIVE));
        CircleReads reads = CircleReads.of(members, CircleShare.listInCircle(circleId), clock);
        List<MemberView> views = new ArrayList<>(sortedByName(members, reads).stream()
                .map(member -> view(member, reads))
                .toList());
        if (caller.role.atLeast(CircleRole.organiser)) {
            List<CircleMember> pending = CircleMember.listInCircle(circleId, CircleMember.PENDING);
            CircleReads names = CircleReads.of(pending, List.of(), clock);
            pending.forEach(member -> views.add(view(member, names)));
        }
        return views;
    }

    /**
     * Takes a person out of the circle: the member themself (leaving), or an organiser removing a member (the owner
     * also removes organisers). Their shares and the invite links they made go at once; a leaving owner hands the
     * circle to the longest-standing organiser, else member, else it closes.
     */
    @Transactional
    public void remove(long userId, long circleId, long memberUserId) {
        CircleMember caller = CircleAccess.member(circleId, userId);
        if (memberUserId == userId) {
            CircleSuccession.leave(caller);
            return;
        }
        CircleMember target =
                CircleMember.findInCircle(circleId, memberUserId).orElseThrow(() -> ApiException.notFound("member"));
        boolean allowed = caller.role == CircleRole.owner
                || (caller.role == CircleRole.organiser && target.role == CircleRole.member);
        if (!allowed) {
            throw CircleAccess.forbidden(
                    caller.role == CircleRole.member ? "circle_error_organiser_only" : "circle_error_owner_only");
        }
        CircleSuccession.leave(target);
    }

    /**
     * The owner gives a member another role. Making someone owner hands the circle over: they become the owner and the
     * old owner an organiser.
     */
    @Transactional
    public MemberView changeRole(long userId, long circleId, long memberUserId, String role) {
        CircleMember owner = CircleAccess.withRole(circleId, userId, CircleRole.owner);
        CircleRole wanted = role(role);
        if (memberUserId == userId) {
            throw CircleAccess.invalid("role", "circle_error_own_role");
        }
        CircleMember target = CircleMember.findInCircle(circleId, memberUserId)
                .filter(CircleMember::active)
                .orElseThrow(() -> ApiException.notFound("member"));
        if (wanted == CircleRole.owner) {
            owner.role = CircleRole.organiser;
            CircleMember.flush();
        }
        target.role = wanted;
        return one(target);
    }

    /** An organiser lets a waiting person in. */
    @Transactional
    public MemberView approve(long userId, long circleId, long memberUserId) {
        CircleAccess.withRole(circleId, userId, CircleRole.organiser);
        CircleMember target = CircleMember.findInCircle(circleId, memberUserId)
                .filter(member -> !member.active())
                .orElseThrow(() -> ApiException.notFound("member"));
        target.status = CircleMember.ACTIVE;
        target.joinedAt = clock.instant();
        return one(target);
    }

    /** When an account goes, the person leaves every circle (the circles they owned pass on or close). */
    @Transactional
    public void removeEverywhere(long userId) {
        CircleMember.listForUser(userId).forEach(CircleSuccession::leave);
    }

    private MemberView one(CircleMember member) {
        CircleReads reads = CircleReads.of(List.of(member), CircleShare.listForMember(member.id), clock);
        return view(member, reads);
    }

    private static MemberView view(CircleMember member, CircleReads reads) {
        User user = reads.user(member.userId);
        return new MemberView(
                member.userId,
                user == null ? "" : user.displayName,
                member.role.name(),
                member.joinedAt,
                member.status,
                member.active() ? reads.circleGoals(member.userId) : List.of());
    }

    static List<CircleMember> sortedByName(List<CircleMember> members, CircleReads reads) {
        return members.stream()
                .sorted(Comparator.comparing(
                                (CircleMember member) -> name(reads, member).toLowerCase())
                        .thenComparing(member -> member.userId))
                .toList();
    }

    private static String name(CircleReads reads, CircleMember member) {
        User user = reads.user(member.userId);
        return user == null || user.displayName == null ? "" : user.displayName;
    }

    private static CircleRole role(String role) {
        try {
            return CircleRole.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw CircleAccess.invalid("role", "circle_error_role");
        }
    }
}
