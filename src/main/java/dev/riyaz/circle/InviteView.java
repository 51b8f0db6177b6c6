package dev.riyaz.circle;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An invite link (API.md Invite). {@code token} is there only in the answer that makes it: afterwards only its hash is
 * kept, so nobody can read it back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InviteView(long id, String token, Instant expiresAt, int usesLeft, Instant createdAt) {

    static InviteView of(CircleInvite invite, String token) {
        return new InviteView(invite.id, token, invite.expiresAt, invite.usesLeft, invite.createdAt);
    }
}
