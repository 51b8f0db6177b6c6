package dev.riyaz.circle;

import java.time.Instant;
import java.util.List;

/**
 * A member of a circle (API.md Member): the display name only, never the e-mail address, and only the goals they chose
 * to share with this circle.
 *
 * @param status {@code active}, or {@code pending} while waiting for approval (organisers alone see pending people;
 *     an addition to API.md)
 */
public record MemberView(
        long userId, String displayName, String role, Instant joinedAt, String status, List<CircleGoal> goals) {}
