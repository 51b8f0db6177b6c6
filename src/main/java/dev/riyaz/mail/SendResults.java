package dev.riyaz.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Writes down how each row of a batch went, mail and push alike: sent; tried again after the {@link Backoff} wait
 * (or the longer wait a push service asked for), or given up and shown as failed once it is too old; refused for
 * good (failed at once, with a log line); gone (the device was removed, and its row with it).
 */
@ApplicationScoped
class SendResults {

    /** The counters of one channel: {@code riyaz.mails.*} for mail, {@code riyaz.pushes.*} for push. */
    private record Counters(Counter sent, Counter retried, Counter failed, Counter gone) {

        static Counters of(MeterRegistry registry, String prefix) {
            return new Counters(
                    registry.counter(prefix + ".sent"),
                    registry.counter(prefix + ".retried"),
                    registry.counter(prefix + ".failed"),
                    registry.counter(prefix + ".gone"));
        }
    }

    private final Clock clock;
    private final Backoff backoff;
    private final Map<String, Counters> counters;

    SendResults(MailConfig config, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.backoff = Backoff.of(config);
        this.counters = Map.of(
                OutboxMail.MAIL, Counters.of(registry, "riyaz.mails"),
                OutboxMail.PUSH, Counters.of(registry, "riyaz.pushes"));
    }

    /**
     * Records the outcome of each row of the batch, in the caller's transaction ({@code deliveries} in the batch's
     * order). Returns how many were sent.
     */
    int record(List<OutboxMail> batch, List<Delivery> deliveries) {
        Instant now = clock.instant();
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (deliveries.get(i).result() == Delivery.Result.SENT) {
                accepted.add(batch.get(i).id);
                counters(batch.get(i)).sent().increment();
            }
        }
        if (!accepted.isEmpty()) {
            OutboxMail.markSent(accepted, now);
        }
        for (int i = 0; i < batch.size(); i++) {
            OutboxMail sent = batch.get(i);
            Delivery delivery = deliveries.get(i);
            switch (delivery.result()) {
                case RETRY -> failedOnce(sent.id, delivery, now);
                case REFUSED -> refused(sent.id, delivery.detail());
                case GONE -> gone(sent, delivery.detail());
                default -> {}
            }
        }
        return accepted.size();
    }

    private Counters counters(OutboxMail row) {
        return counters.getOrDefault(row.channel, counters.get(OutboxMail.MAIL));
    }

    private void failedOnce(long id, Delivery delivery, Instant now) {
        OutboxMail row = OutboxMail.findById(id);
        if (row == null) {
            return; // the person deleted their account (or the device) meanwhile
        }
        String error = delivery.detail();
        row.attempts++;
        row.lastError = shorten(error);
        if (backoff.givesUp(row.createdAt, now) || (row.expiresAt != null && !now.isBefore(row.expiresAt))) {
            row.status = OutboxMail.Status.failed;
            counters(row).failed().increment();
            Log.warnf(
                    "%s %d to person %d given up after %d tries: %s",
                    noun(row), row.id, row.ownerId, row.attempts, error);
        } else {
            Duration wait = backoff.wait(row.attempts);
            if (delivery.retryAfter() != null && delivery.retryAfter().compareTo(wait) > 0) {
                // The push service asked for a longer pause (Retry-After); the backoff's ceiling still holds.
                wait = delivery.retryAfter().compareTo(backoff.max()) > 0 ? backoff.max() : delivery.retryAfter();
            }
            row.nextAttemptAt = now.plus(wait);
            counters(row).retried().increment();
            Log.infof(
                    "%s %d not sent (try %d), next try at %s: %s",
                    noun(row), row.id, row.attempts, row.nextAttemptAt, error);
        }
    }

    /** The other side will refuse this row whenever it is sent again: it fails at once. */
    private void refused(long id, String error) {
        OutboxMail row = OutboxMail.findById(id);
        if (row == null) {
            return;
        }
        row.attempts++;
        row.lastError = shorten(error);
        row.status = OutboxMail.Status.failed;
        counters(row).failed().increment();
        Log.warnf("%s %d to person %d refused, not tried again: %s", noun(row), row.id, row.ownerId, error);
    }

    /** The address is gone: the channel removed it (a device takes its rows along); a row still here goes too. */
    private void gone(OutboxMail sent, String detail) {
        counters(sent).gone().increment();
        OutboxMail.delete("id", sent.id);
        Log.infof("%s %d to person %d dropped: %s", noun(sent), sent.id, sent.ownerId, detail);
    }

    private static String noun(OutboxMail row) {
        return OutboxMail.PUSH.equals(row.channel) ? "Push" : "Mail";
    }

    private static String shorten(String error) {
        String oneLine = (error == null ? "unknown" : error).replaceAll("\\s+", " ");
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
