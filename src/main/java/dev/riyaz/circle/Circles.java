package dev.riyaz.circle;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Starting, listing, changing and closing circles. Who else is in them: {@link CircleMembers}. */
@ApplicationScoped
public class Circles {

    private final Clock clock;

    Circles(Clock clock) {
        this.clock = clock;
    }

    /** Starts a circle with the caller as its owner; a person may be in at most 50 circles. */
    @Transactional
    public CircleView create(long userId, CircleRequest request) {
        CircleRequest given = request == null ? new CircleRequest(null, null, null) : request;
        Circle circle = new Circle();
        circle.name = CircleTexts.name(given.name());
        circle.description = CircleTexts.description(given.description());
        circle.requiresApproval = Boolean.TRUE.equals(given.requiresApproval());
        if (CircleMember.countForUser(userId) >= CircleLimits.CIRCLES_PER_PERSON) {
            throw CircleAccess.invalid("name", "circle_error_too_many_circles", CircleLimits.CIRCLES_PER_PERSON);
        }
        circle.createdAt = clock.instant();
        circle.persist();
        CircleMember owner = new CircleMember();
        owner.circleId = circle.id;
        owner.userId = userId;
        owner.role = CircleRole.owner;
        owner.status = CircleMember.ACTIVE;
        owner.joinedAt = circle.createdAt;
        owner.persist();
        return CircleView.of(circle, CircleRole.owner, 1);
    }

    /** The circles the caller is an active member of, by name. */
    @Transactional
    public List<CircleView> mine(long userId) {
        Map<Long, CircleMember> memberships = CircleMember.listActiveForUser(userId).stream()
                .collect(Collectors.toMap(member -> member.circleId, Function.identity()));
        Map<Long, Long> counts = CircleMember.countActive(memberships.keySet());
        return Circle.listByIds(memberships.keySet()).stream()
                .map(circle ->
                        CircleView.of(circle, memberships.get(circle.id).role, counts.getOrDefault(circle.id, 0L)))
                .sorted(Comparator.comparing((CircleView view) -> view.name().toLowerCase())
                        .thenComparing(CircleView::id))
                .toList();
    }

    /**
     * A circle the person owns, as the account export keeps it: what they wrote and chose, no one else's data (no
     * members, no shares).
     */
    public record OwnedCircle(String name, String description, boolean requiresApproval, java.time.Instant createdAt) {}

    /** The circles the person owns, by name, for the account export. */
    @Transactional
    public List<OwnedCircle> owned(long userId) {
        return mine(userId).stream()
                .filter(CircleView::owner)
                .map(view ->
                        new OwnedCircle(view.name(), view.description(), view.requiresApproval(), view.createdAt()))
                .toList();
    }

    /** One circle the caller is an active member of; 404 for anyone else. */
    @Transactional
    public CircleView get(long userId, long circleId) {
        return view(CircleAccess.member(circleId, userId));
    }

    /**
     * Changes the name or description (organisers) or whether joining needs approval (the owner's choice); fields left
     * null stay as they are.
     */
    @Transactional
    public CircleView update(long userId, long circleId, CircleRequest request) {
        CircleMember member = CircleAccess.withRole(circleId, userId, CircleRole.organiser);
        Circle circle = Circle.findById(circleId);
        if (request == null) {
            return view(member);
        }
        if (request.requiresApproval() != null
                && request.requiresApproval() != circle.requiresApproval
                && member.role != CircleRole.owner) {
            throw CircleAccess.forbidden("circle_error_owner_only");
        }
        String name = request.name() == null ? circle.name : CircleTexts.name(request.name());
        String description =
                request.description() == null ? circle.description : CircleTexts.description(request.description());
        circle.name = name;
        circle.description = description;
        if (request.requiresApproval() != null) {
            circle.requiresApproval = request.requiresApproval();
        }
        return view(member);
    }

    /** Closes the circle (the owner alone): its members, shares and invite links go with it. */
    @Transactional
    public void close(long userId, long circleId) {
        CircleAccess.withRole(circleId, userId, CircleRole.owner);
        remove(circleId);
    }

    /** Deletes a circle and everything in it; the caller has checked who asks. */
    static void remove(long circleId) {
        CircleShare.delete("circleId", circleId);
        CircleInvite.delete("circleId", circleId);
        CircleMember.delete("circleId", circleId);
        Circle.delete("id", circleId);
    }

    static CircleView view(CircleMember member) {
        Circle circle = Circle.findById(member.circleId);
        long count = CircleMember.countActive(List.of(circle.id)).getOrDefault(circle.id, 0L);
        return CircleView.of(circle, member.role, count);
    }
}
