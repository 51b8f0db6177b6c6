package dev.riyaz.push;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A browser a person subscribed to push: where its push service takes messages, and the keys to encrypt them for. */
@Entity
@Table(name = "push_device")
class PushDevice extends PanacheEntity {

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String name;

    /** The push service's address for this browser (https, a public address). */
    @Column(nullable = false)
    public String endpoint;

    /** The browser's P-256 public key, base64url (65 bytes). */
    @Column(nullable = false)
    public String p256dh;

    /** The browser's auth secret, base64url (16 bytes). */
    @Column(nullable = false)
    public String auth;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When a push service last accepted a message for it; null until then. */
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    static List<PushDevice> listForOwner(long userId) {
        return list("userId = ?1 order by createdAt, id", userId);
    }

    static List<PushDevice> listForOwners(Collection<Long> userIds) {
        return list("userId in ?1 order by createdAt, id", userIds);
    }

    static Optional<PushDevice> findForOwner(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    static Optional<PushDevice> findForOwnerByEndpoint(long userId, String endpoint) {
        return find("userId = ?1 and endpoint = ?2", userId, endpoint).firstResultOptional();
    }

    static long countForOwner(long userId) {
        return count("userId", userId);
    }

    /**
     * A device by id alone, for the sender: the id comes from a row the outbox already scoped to its owner when it was
     * queued.
     */
    static Optional<PushDevice> findForDelivery(long id) {
        return findByIdOptional(id);
    }
}
