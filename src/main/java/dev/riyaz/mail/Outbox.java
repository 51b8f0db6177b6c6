package dev.riyaz.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where mail and push messages wait to be sent. Queuing happens in the caller's transaction (the dispatcher's, together
 * with moving the reminder on), so a message is queued exactly when its reminder has fired. Without a mail server,
 * mail is held: kept and shown on the Mail page, never faked as sent; push needs no mail server and is sent anyway.
 */
@ApplicationScoped
public class Outbox {

    private final MailConfig config;
    private final Clock clock;

    Outbox(MailConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues the mails and push messages whose occurrence is not queued yet; returns how many were new. The callers
     * hold the rows that make each key (a reminder, a person's digest), so no other transaction queues the same key
     * meanwhile; the key's unique constraint stands behind that.
     */
    public int queue(List<? extends Outgoing> items) {
        if (items.isEmpty()) {
            return 0;
        }
        Set<String> known =
                OutboxMail.knownKeys(items.stream().map(Outgoing::dedupeKey).toList());
        Instant now = clock.instant();
        int queued = 0;
        for (Outgoing item : items) {
            if (!known.add(item.dedupeKey())) {
                continue;
            }
            OutboxMail row = item instanceof Mail mail ? mailRow(mail) : pushRow((PushRow) item);
            row.ownerId = item.ownerId();
            row.dedupeKey = item.dedupeKey();
            row.nextAttemptAt = now;
            row.createdAt = now;
            row.persist();
            queued++;
        }
        return queued;
    }

    private OutboxMail mailRow(Mail mail) {
        OutboxMail row = new OutboxMail();
        row.channel = OutboxMail.MAIL;
        row.kind = mail.kind();
        row.reminderId = mail.reminderId();
        row.to = mail.to();
        row.subject = mail.subject();
        row.text = mail.text();
        row.html = mail.html();
        row.unsubscribeUrl = mail.unsubscribeUrl();
        row.status = config.sends() ? OutboxMail.Status.pending : OutboxMail.Status.held;
        return row;
    }

    /** A push is sent whether or not a mail server is configured: it needs none. */
    private static OutboxMail pushRow(PushRow push) {
        OutboxMail row = new OutboxMail();
        row.channel = OutboxMail.PUSH;
        row.kind = push.kind();
        row.reminderId = push.reminderId();
        row.deviceId = push.deviceId();
        row.subject = push.title();
        row.text = push.payload();
        row.payload = push.payload();
        row.expiresAt = push.expiresAt();
        row.urgency = push.urgency();
        row.status = OutboxMail.Status.pending;
        return row;
    }
}
