package dev.riyaz.circle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Hashes;

/** Invite links: organisers make, list and revoke them. Joining by one: {@link CircleJoins}. */
@ApplicationScoped
public class CircleInvites {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    CircleInvites(Clock clock) {
        this.clock = clock;
    }

    /** Makes a link; the answer carries its token, the only time anyone sees it. */
    @Transactional
    public InviteView make(long userId, long circleId, InviteRequest request) {
        CircleAccess.withRole(circleId, userId, CircleRole.organiser);
        InviteRequest given = request == null ? new InviteRequest(null, null) : request;
        int days = bounded(
                "expiresInDays",
                given.expiresInDays(),
                CircleLimits.DEFAULT_EXPIRY_DAYS,
                CircleLimits.MIN_EXPIRY_DAYS,
                CircleLimits.MAX_EXPIRY_DAYS);
        int uses =
                bounded("uses", given.uses(), CircleLimits.DEFAULT_USES, CircleLimits.MIN_USES, CircleLimits.MAX_USES);
        if (CircleInvite.countOpen(circleId) >= CircleLimits.INVITES_PER_CIRCLE) {
            throw CircleAccess.invalid("uses", "circle_error_too_many_invites", CircleLimits.INVITES_PER_CIRCLE);
        }
        String token = newToken();
        CircleInvite invite = new CircleInvite();
        invite.circleId = circleId;
        invite.tokenHash = Hashes.sha256(token);
        invite.createdAt = clock.instant();
        invite.expiresAt = invite.createdAt.plus(Duration.ofDays(days));
        invite.usesLeft = uses;
        invite.createdBy = userId;
        invite.persist();
        return InviteView.of(invite, token);
    }

    /** The circle's links that were not revoked, newest first (without their tokens). */
    @Transactional
    public List<InviteView> list(long userId, long circleId) {
        CircleAccess.withRole(circleId, userId, CircleRole.organiser);
        return CircleInvite.listOpen(circleId).stream()
                .map(invite -> InviteView.of(invite, null))
                .toList();
    }

    /** Stops a link at once; 404 for a link of another circle. */
    @Transactional
    public void revoke(long userId, long circleId, long inviteId) {
        CircleAccess.withRole(circleId, userId, CircleRole.organiser);
        CircleInvite invite =
                CircleInvite.findInCircle(circleId, inviteId).orElseThrow(() -> ApiException.notFound("invite"));
        invite.revoked = true;
    }

    private static int bounded(String field, Integer given, int fallback, int min, int max) {
        int value = given == null ? fallback : given;
        if (value < min || value > max) {
            throw CircleAccess.invalid(field, "circle_error_" + field, min, max);
        }
        return value;
    }

    /** 32 random bytes, base64url: 43 characters that cannot be guessed. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
