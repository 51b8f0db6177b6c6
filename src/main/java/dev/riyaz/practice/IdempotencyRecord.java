package dev.riyaz.practice;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Remembers the answer to a create request sent with an {@code Idempotency-Key}, so a retry logs nothing twice. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord extends PanacheEntity {

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "idem_key", nullable = false)
    public String idemKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "entry_id", nullable = false)
    public long entryId;

    @Column(name = "response_body", nullable = false)
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<IdempotencyRecord> findForOwner(long ownerId, String key) {
        return find("ownerId = ?1 and idemKey = ?2", ownerId, key).firstResultOptional();
    }
}
