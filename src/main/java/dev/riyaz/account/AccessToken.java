package dev.riyaz.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A personal access token for scripts. Only the SHA-256 hash of the secret and its visible prefix are stored. */
@Entity
@Table(name = "access_token")
class AccessToken extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String prefix;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    static List<AccessToken> listFor(User user) {
        return list("user = ?1 order by createdAt desc, id desc", user);
    }

    static Optional<AccessToken> findForUser(User user, long id) {
        return find("user = ?1 and id = ?2", user, id).firstResultOptional();
    }

    static long deleteAllOf(User user) {
        return delete("user", user);
    }
}
