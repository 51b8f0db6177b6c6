package dev.riyaz.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One failed log-in, counted in the database so that throttling holds across every node. */
@Entity
@Table(name = "login_failure")
class LoginFailure extends PanacheEntity {

    @Column(nullable = false)
    public String email;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;

    static long countSince(String email, Instant since) {
        return count("email = ?1 and failedAt > ?2", email, since);
    }

    /** The oldest failure still inside the window: the window passes when it ages out. */
    static Optional<Instant> oldestSince(String email, Instant since) {
        return Optional.ofNullable(getEntityManager()
                .createQuery(
                        "select min(f.failedAt) from LoginFailure f where f.email = ?1 and f.failedAt > ?2",
                        Instant.class)
                .setParameter(1, email)
                .setParameter(2, since)
                .getSingleResult());
    }

    static void clear(String email) {
        delete("email", email);
    }
}
