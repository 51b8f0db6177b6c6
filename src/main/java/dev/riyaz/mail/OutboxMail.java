package dev.riyaz.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import dev.riyaz.common.RowClaims;

/**
 * One row of the outbox: a mail, rendered and waiting to be sent (or sent, failed, or held while no mail server is
 * configured), or a push message for one device ({@link #channel} {@code push}). Both kinds share the key, the lease
 * and the retries.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends PanacheEntity {

    public enum Status {
        pending,
        sent,
        failed,
        held
    }

    /** {@code mail} or {@code push}. */
    public static final String MAIL = "mail";

    public static final String PUSH = "push";

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    /** {@link #MAIL} or {@link #PUSH}. */
    @Column(nullable = false)
    public String channel = MAIL;

    /** Names the occurrence (reminder, local date, slot); unique, so an occurrence is queued at most once. */
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    /** {@code reminder}, {@code digest} or {@code review}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "reminder_id")
    public Long reminderId;

    /** The mail's address; null for a push. */
    @Column(name = "to_address")
    public String to;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String text;

    /** The mail's HTML part; null for a push. */
    @Column(name = "html_body")
    public String html;

    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    /** A push's device. */
    @Column(name = "device_id")
    public Long deviceId;

    /** A push's JSON message. */
    @Column(name = "push_payload")
    public String payload;

    /** When a push is of no more use. */
    @Column(name = "push_expires_at")
    public Instant expiresAt;

    /** A push's Urgency header. */
    @Column(name = "push_urgency")
    public String urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The newest mails of one person, for the Mail page. */
    public static List<OutboxMail> newestFor(long ownerId, int limit) {
        return find("ownerId = ?1 and channel = ?2 order by createdAt desc, id desc", ownerId, MAIL)
                .page(0, limit)
                .list();
    }

    /** Which of these occurrence keys are queued already. */
    static Set<String> knownKeys(Collection<String> keys) {
        return new HashSet<>(getEntityManager()
                .createQuery("select m.dedupeKey from OutboxMail m where m.dedupeKey in :keys", String.class)
                .setParameter("keys", keys)
                .getResultList());
    }

    /**
     * Locks up to {@code limit} pending rows due by {@code now}, oldest first (skipping rows another node holds); only
     * push rows when {@code withMail} is false (no mail server to send mail to).
     */
    static List<Long> claimDue(RowClaims claims, Instant now, int limit, boolean withMail) {
        return claims.claim(
                getEntityManager(),
                "select id from outbox_mail where status = 'pending' and next_attempt_at <= ?1"
                        + (withMail ? "" : " and channel = 'push'")
                        + " order by next_attempt_at, id limit ?2",
                now,
                limit);
    }

    /** Moves the next attempt of these mails to {@code until}: the lease during which one sender has them. */
    static void lease(Collection<Long> ids, Instant until) {
        update("nextAttemptAt = ?1 where id in ?2", until, ids);
    }

    /** These mails, in id order. */
    static List<OutboxMail> listByIds(Collection<Long> ids) {
        return list("id in ?1 order by id", ids);
    }

    /** Records that the mail server accepted these mails. */
    static void markSent(Collection<Long> ids, Instant at) {
        update(
                "status = ?1, sentAt = ?2, lastError = null, attempts = attempts + 1 where id in ?3",
                Status.sent,
                at,
                ids);
    }

    /** When the oldest row of this channel with this status was queued; null when there is none. */
    static Instant oldestCreatedAt(String channel, Status status) {
        return getEntityManager()
                .createQuery(
                        "select min(m.createdAt) from OutboxMail m where m.channel = ?1 and m.status = ?2",
                        Instant.class)
                .setParameter(1, channel)
                .setParameter(2, status)
                .getSingleResult();
    }

    /** How many rows of this channel have this status. */
    static long countWith(String channel, Status status) {
        return count("channel = ?1 and status = ?2", channel, status);
    }
}
