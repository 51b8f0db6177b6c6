package dev.riyaz.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One failed log-in, with the client it came from ({@link LoginClient#key()}), counted in the database so that
 * throttling holds across every node.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure extends PanacheEntity {

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String client;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;

    /** Failures for this account from this client. */
    static long countSince(String email, String client, Instant since) {
        return count("email = ?1 and client = ?2 and failedAt > ?3", email, client, since);
    }

    /** Failures for this account from clients that are not one of its known devices. */
    static long countFromStrangersSince(String email, Instant since) {
        return count("email = ?1 and client not like 'device:%' and failedAt > ?2", email, since);
    }

    /** The oldest failure still inside the window, for this client or (null) all strangers: the limit lifts when it ages out. */
    static Optional<Instant> oldestSince(String email, String client, Instant since) {
        String which = client == null ? "f.client not like 'device:%'" : "f.client = ?3";
        var query = getEntityManager()
                .createQuery(
                        "select min(f.failedAt) from LoginFailure f where f.email = ?1 and f.failedAt > ?2 and "
                                + which,
                        Instant.class)
                .setParameter(1, email)
                .setParameter(2, since);
        if (client != null) {
            query.setParameter(3, client);
        }
        return Optional.ofNullable(query.getSingleResult());
    }

    static void clear(String email, String client) {
        delete("email = ?1 and client = ?2", email, client);
    }

    /** Every failed log-in counted against this (normalised) address, from any client. */
    static long deleteAllFor(String email) {
        return delete("email", email);
    }
}
