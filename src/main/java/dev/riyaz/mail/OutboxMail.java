package dev.riyaz.mail;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One mail, rendered and waiting to be sent (or sent, failed, or held while no mail server is configured). */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends PanacheEntity {

    public enum Status {
        pending,
        sent,
        failed,
        held
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    /** Names the occurrence (reminder, local date, slot); unique, so an occurrence is queued at most once. */
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    /** {@code reminder}, {@code digest} or {@code review}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "reminder_id")
    public Long reminderId;

    @Column(name = "to_address", nullable = false)
    public String to;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String text;

    @Column(name = "html_body", nullable = false)
    public String html;

    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

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
        return find("ownerId = ?1 order by createdAt desc, id desc", ownerId)
                .page(0, limit)
                .list();
    }
}
