package dev.riyaz.calendar;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person's private calendar link. Only the SHA-256 hash of its secret is stored, as for access tokens. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends PanacheEntity {

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When a calendar app last read the feed; null until one does. */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    static Optional<CalendarFeed> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    static Optional<CalendarFeed> findForOwner(long ownerId) {
        return find("ownerId", ownerId).firstResultOptional();
    }

    static void deleteForOwner(long ownerId) {
        delete("ownerId", ownerId);
    }
}
