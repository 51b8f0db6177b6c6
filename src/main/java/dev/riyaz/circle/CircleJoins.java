package dev.riyaz.circle;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.common.Hashes;
import dev.riyaz.common.Messages;

/** Joining a circle with an invite link: what the link leads to, and the join itself. */
@ApplicationScoped
public class CircleJoins {

    /** The longest token looked up; real ones have 43 characters. */
    static final int MAX_TOKEN = 100;

    /** The outcome of a join: the circle, and whether the person now waits for approval. */
    public record Joined(CircleView circle, boolean pending, boolean alreadyIn) {}

    /**
     * What the join page shows. {@code problem} says in words why the link does not work (null when it does); name and
     * description are null then. {@code member}: the person is already in; {@code pending}: already waiting.
     */
    public record Preview(
            Long circleId,
            String name,
            String description,
            boolean requiresApproval,
            boolean member,
            boolean pending,
            String problem) {}

    private final Clock clock;

    CircleJoins(Clock clock) {
        this.clock = clock;
    }

    /** The circle a link leads to, for the join page; nothing is changed. */
    @Transactional
    public Preview preview(long userId, String token) {
        Optional<CircleInvite> found = lookUp(token, false);
        String problem = problem(found, clock.instant());
        if (problem != null) {
            return new Preview(null, null, null, false, false, false, Messages.get(problem));
        }
        CircleInvite invite = found.get();
        Circle circle = Circle.findById(invite.circleId);
        Optional<CircleMember> member = CircleMember.findInCircle(circle.id, userId);
        return new Preview(
                circle.id,
                circle.name,
                circle.description,
                circle.requiresApproval,
                member.filter(CircleMember::active).isPresent(),
                member.filter(m -> !m.active()).isPresent(),
                null);
    }

    /**
     * Joins the circle behind a working link, taking one of its uses; in a circle that asks for approval the person
     * waits until an organiser lets them in. Someone already in (or waiting) joins again without taking a use. An
     * unknown, expired, revoked or used-up link is a 422 that says which.
     */
    @Transactional
    public Joined join(long userId, String token) {
        Optional<CircleInvite> found = lookUp(token, true);
        String problem = problem(found, clock.instant());
        if (problem != null) {
            throw CircleAccess.invalid("token", problem);
        }
        CircleInvite invite = found.get();
        Circle circle = Circle.findById(invite.circleId);
        Optional<CircleMember> existing = CircleMember.findInCircle(circle.id, userId);
        if (existing.isPresent()) {
            CircleMember member = existing.get();
            return new Joined(Circles.view(member), !member.active(), true);
        }
        if (CircleMember.countForUser(userId) >= CircleLimits.CIRCLES_PER_PERSON) {
            throw CircleAccess.invalid("token", "circle_error_too_many_circles", CircleLimits.CIRCLES_PER_PERSON);
        }
        if (CircleMember.countInCircle(circle.id) >= CircleLimits.MEMBERS_PER_CIRCLE) {
            throw CircleAccess.invalid("token", "circle_error_circle_full", CircleLimits.MEMBERS_PER_CIRCLE);
        }
        CircleMember member = new CircleMember();
        member.circleId = circle.id;
        member.userId = userId;
        member.role = CircleRole.member;
        member.status = circle.requiresApproval ? CircleMember.PENDING : CircleMember.ACTIVE;
        member.joinedAt = clock.instant();
        member.persist();
        invite.usesLeft--;
        CircleMember.flush();
        return new Joined(Circles.view(member), !member.active(), false);
    }

    private static Optional<CircleInvite> lookUp(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        String hash = Hashes.sha256(token.strip());
        return lock ? CircleInvite.findByHashForUpdate(hash) : CircleInvite.findByHash(hash);
    }

    /** The message key saying why a link does not work; null when it works. */
    private static String problem(Optional<CircleInvite> found, Instant now) {
        if (found.isEmpty()) {
            return "circle_error_invite_unknown";
        }
        CircleInvite invite = found.get();
        if (invite.revoked) {
            return "circle_error_invite_revoked";
        }
        if (!now.isBefore(invite.expiresAt)) {
            return "circle_error_invite_expired";
        }
        return invite.usesLeft <= 0 ? "circle_error_invite_used_up" : null;
    }
}
