package dev.riyaz.push;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The VAPID key pair, made once on first use when none is configured; all nodes share this one row. */
@Entity
@Table(name = "push_vapid_key")
class VapidKey extends PanacheEntityBase {

    static final String NAME = "vapid";

    @Id
    public String name;

    /** The uncompressed public point, base64url. */
    @Column(name = "public_key", nullable = false)
    public String publicKey;

    /** The private scalar, base64url. */
    @Column(name = "private_key", nullable = false)
    public String privateKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
