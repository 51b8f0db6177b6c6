package dev.riyaz.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Writes down what the mail server said about a batch: accepted mails are sent; the others are tried again after
 * the {@link Backoff} wait, or given up and shown as failed.
 */
@ApplicationScoped
class SendResults {

    private final Clock clock;
    private final Backoff backoff;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;

    SendResults(MailConfig config, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.backoff = Backoff.of(config);
        this.sent = registry.counter("riyaz.mails.sent");
        this.retried = registry.counter("riyaz.mails.retried");
        this.failed = registry.counter("riyaz.mails.failed");
    }

    /**
     * Records the outcome of each mail of the batch, in the caller's transaction; {@code errors} holds null for each
     * mail the server accepted. Returns how many were accepted.
     */
    int record(List<OutboxMail> batch, List<String> errors) {
        Instant now = clock.instant();
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (errors.get(i) == null) {
                accepted.add(batch.get(i).id);
            }
        }
        if (!accepted.isEmpty()) {
            OutboxMail.markSent(accepted, now);
            sent.increment(accepted.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            if (errors.get(i) != null) {
                failedOnce(batch.get(i).id, errors.get(i), now);
            }
        }
        return accepted.size();
    }

    private void failedOnce(long id, String error, Instant now) {
        OutboxMail mail = OutboxMail.findById(id);
        if (mail == null) {
            return; // the person deleted their account meanwhile
        }
        mail.attempts++;
        mail.lastError = shorten(error);
        if (backoff.givesUp(mail.createdAt, now)) {
            mail.status = OutboxMail.Status.failed;
            failed.increment();
            Log.warnf("Mail %d to person %d given up after %d tries: %s", mail.id, mail.ownerId, mail.attempts, error);
        } else {
            mail.nextAttemptAt = now.plus(backoff.wait(mail.attempts));
            retried.increment();
            Log.infof(
                    "Mail %d not sent (try %d), next try at %s: %s", mail.id, mail.attempts, mail.nextAttemptAt, error);
        }
    }

    private static String shorten(String error) {
        String oneLine = error.replaceAll("\\s+", " ");
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
