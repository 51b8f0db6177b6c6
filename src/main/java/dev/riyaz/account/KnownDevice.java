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

/**
 * A browser that has signed in to an account. Its cookie holds a random secret (only the hash is kept here); log-ins
 * from it are throttled on their own, so failures elsewhere cannot lock it out.
 */
@Entity
@Table(name = "known_device")
class KnownDevice extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    public Instant lastUsedAt;

    /** The device with this cookie hash, if it belongs to the account with this (normalised) e-mail address. */
    static Optional<KnownDevice> findFor(String email, String tokenHash) {
        return find("tokenHash = ?1 and user.email = ?2", tokenHash, email).firstResultOptional();
    }

    static Optional<KnownDevice> findOf(User user, String tokenHash) {
        return find("tokenHash = ?1 and user = ?2", tokenHash, user).firstResultOptional();
    }

    /** Forgets all but the {@code keep} most recently used devices of a person. */
    static void keepNewest(User user, int keep) {
        List<Long> older = getEntityManager()
                .createQuery(
                        "select d.id from KnownDevice d where d.user = ?1 order by d.lastUsedAt desc, d.id desc",
                        Long.class)
                .setParameter(1, user)
                .setFirstResult(keep)
                .setMaxResults(100)
                .getResultList();
        if (!older.isEmpty()) {
            delete("id in ?1", older);
        }
    }

    static long deleteAllOf(User user) {
        return delete("user", user);
    }
}
