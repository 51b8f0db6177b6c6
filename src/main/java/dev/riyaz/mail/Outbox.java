package dev.riyaz.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where mail waits to be sent. Queuing happens in the caller's transaction (the dispatcher's, together with moving
 * the reminder on), so a mail is queued exactly when its reminder has fired. Without a mail server, mail is held:
 * kept and shown on the Mail page, never faked as sent.
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
     * Queues the mails whose occurrence is not queued yet; returns how many were new. The callers hold the rows that
     * make each key (a reminder, a person's digest), so no other transaction queues the same key meanwhile.
     */
    public int queue(List<Mail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        Set<String> known =
                OutboxMail.knownKeys(mails.stream().map(Mail::dedupeKey).toList());
        Instant now = clock.instant();
        int queued = 0;
        for (Mail mail : mails) {
            if (!known.add(mail.dedupeKey())) {
                continue;
            }
            OutboxMail row = new OutboxMail();
            row.ownerId = mail.ownerId();
            row.dedupeKey = mail.dedupeKey();
            row.kind = mail.kind();
            row.reminderId = mail.reminderId();
            row.to = mail.to();
            row.subject = mail.subject();
            row.text = mail.text();
            row.html = mail.html();
            row.unsubscribeUrl = mail.unsubscribeUrl();
            row.status = config.sends() ? OutboxMail.Status.pending : OutboxMail.Status.held;
            row.nextAttemptAt = now;
            row.createdAt = now;
            row.persist();
            queued++;
        }
        return queued;
    }
}
