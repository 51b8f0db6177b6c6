package dev.riyaz.circle;

import java.util.List;

/**
 * Someone leaves a circle: their shares and the invite links they made go at once. A circle whose owner goes passes
 * to the longest-standing organiser, else the longest-standing member, else it closes.
 */
final class CircleSuccession {

    private CircleSuccession() {}

    static void leave(CircleMember member) {
        long circleId = member.circleId;
        boolean wasOwner = member.role == CircleRole.owner && member.active();
        CircleShare.deleteForMember(member.id);
        CircleInvite.delete("circleId = ?1 and createdBy = ?2", circleId, member.userId);
        member.delete();
        CircleMember.flush();
        if (wasOwner) {
            passOn(circleId);
        }
    }

    private static void passOn(long circleId) {
        List<CircleMember> active = CircleMember.listInCircle(circleId, CircleMember.ACTIVE);
        CircleMember next = active.stream()
                .filter(member -> member.role == CircleRole.organiser)
                .findFirst()
                .orElse(active.isEmpty() ? null : active.get(0));
        if (next == null) {
            Circles.remove(circleId);
        } else {
            next.role = CircleRole.owner;
        }
    }
}
