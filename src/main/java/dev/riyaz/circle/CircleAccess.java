package dev.riyaz.circle;

import java.util.List;
import java.util.Map;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Messages;

/**
 * Who may do what in a circle. Anyone who is not an active member (a stranger, a pending member) is told the circle
 * does not exist (404), as for another person's goal; a member without the role for an action gets 403.
 */
final class CircleAccess {

    private CircleAccess() {}

    /** The caller's active membership of the circle; 404 for anyone else. */
    static CircleMember member(long circleId, long userId) {
        return CircleMember.findInCircle(circleId, userId)
                .filter(CircleMember::active)
                .orElseThrow(() -> ApiException.notFound("circle"));
    }

    /** The caller's active membership when their role is at least {@code needed}; 404 or 403 otherwise. */
    static CircleMember withRole(long circleId, long userId, CircleRole needed) {
        CircleMember member = member(circleId, userId);
        if (!member.role.atLeast(needed)) {
            throw forbidden("circle_error_" + needed.name() + "_only");
        }
        return member;
    }

    static ApiException forbidden(String key) {
        return new ApiException(403, "Forbidden", Messages.get(key));
    }

    static ApiException invalid(String field, String key, Object... args) {
        String message = Messages.get(key, args);
        return new ApiException(
                422,
                "Invalid input",
                message,
                List.of(new dev.riyaz.common.Problem.FieldError(field, message)),
                Map.of());
    }
}
