package dev.riyaz.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A browser that signed in. The cookie holds a random secret; only its SHA-256 hash is stored here. */
@Entity
@Table(name = "user_session")
class UserSession extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static long deleteAllOf(User user) {
        return delete("user", user);
    }

    static long deleteAllOfExcept(User user, long keepId) {
        return delete("user = ?1 and id <> ?2", user, keepId);
    }
}
