package dev.riyaz.circle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An invite link to a circle. Only the SHA-256 hash of its token is kept; the token is shown once, when made. */
@Entity
@Table(name = "circle_invite")
class CircleInvite extends PanacheEntity {

    @Column(name = "circle_id", nullable = false)
    public long circleId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "uses_left", nullable = false)
    public int usesLeft;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "created_by", nullable = false)
    public long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The invite behind a token's hash, working or not: the caller says why one does not work. */
    static Optional<CircleInvite> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** The same, locked until the end of the transaction: two people joining at once each take their own use. */
    static Optional<CircleInvite> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A circle's invites that were not revoked, newest first. */
    static List<CircleInvite> listOpen(long circleId) {
        return list("circleId = ?1 and revoked = false order by createdAt desc, id desc", circleId);
    }

    static long countOpen(long circleId) {
        return count("circleId = ?1 and revoked = false", circleId);
    }

    static Optional<CircleInvite> findInCircle(long circleId, long id) {
        return find("circleId = ?1 and id = ?2", circleId, id).firstResultOptional();
    }

    boolean works(Instant now) {
        return !revoked && usesLeft > 0 && now.isBefore(expiresAt);
    }
}
