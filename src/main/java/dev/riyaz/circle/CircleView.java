package dev.riyaz.circle;

import java.time.Instant;

/**
 * A circle as its members see it (API.md, Circles).
 *
 * @param role the caller's role: {@code owner}, {@code organiser} or {@code member}
 * @param memberCount how many active members it has
 * @param requiresApproval whether an organiser approves each person who joins by a link (an addition to API.md)
 */
public record CircleView(
        long id,
        String name,
        String description,
        String role,
        long memberCount,
        Instant createdAt,
        boolean requiresApproval) {

    static CircleView of(Circle circle, CircleRole role, long memberCount) {
        return new CircleView(
                circle.id,
                circle.name,
                circle.description,
                role.name(),
                memberCount,
                circle.createdAt,
                circle.requiresApproval);
    }

    public boolean organiser() {
        return CircleRole.valueOf(role).atLeast(CircleRole.organiser);
    }

    public boolean owner() {
        return CircleRole.valueOf(role) == CircleRole.owner;
    }
}
