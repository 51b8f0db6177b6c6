package dev.riyaz.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import dev.riyaz.common.AppConfig;

/**
 * Drains the outbox over the mailer's pool of SMTP connections. A sender leases a batch (moves its next attempt a
 * few minutes on, so a node that dies mid-send leaves the mail for another node afterwards), sends the batch at once,
 * and records each result: sent, or tried again after a wait that doubles from 1 minute up to 30, or given up after
 * 3 days and shown as failed.
 */
@ApplicationScoped
public class MailSender {

    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final boolean skipLocked;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final String messageIdDomain;

    MailSender(
            ReactiveMailer mailer,
            MailConfig config,
            AppConfig app,
            Clock clock,
            ManagedExecutor executor,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.skipLocked = dbKind.startsWith("postgres");
        this.sent = registry.counter("riyaz.mails.sent");
        this.retried = registry.counter("riyaz.mails.retried");
        this.failed = registry.counter("riyaz.mails.failed");
        this.messageIdDomain = java.net.URI.create(app.baseUrl()).getHost();
    }

    @Scheduled(
            identity = "riyaz-mail-sender",
            every = "${riyaz.mail.send-every:15s}",
            delayed = "${riyaz.mail.dispatch-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    void onQueued(@Observes MailQueued queued) {
        executor.execute(this::drain);
    }

    /** Sends everything that is due, batch after batch; returns how many mails were accepted by the server. */
    public int drain() {
        if (!config.sends()) {
            return 0;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int accepted = 0;
        try {
            do {
                again.set(false);
                List<OutboxMail> batch;
                while (!(batch = QuarkusTransaction.requiringNew().call(this::lease)).isEmpty()) {
                    accepted += send(batch);
                }
            } while (again.get());
        } finally {
            running.set(false);
        }
        return accepted;
    }

    /** Takes a batch of due mail and moves its next attempt past the lease; other senders skip it meanwhile. */
    @SuppressWarnings("unchecked")
    private List<OutboxMail> lease() {
        Instant now = clock.instant();
        String sql = "select id from outbox_mail where status = 'pending' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit ?2" + (skipLocked ? " for update skip locked" : " for update");
        List<Number> ids = OutboxMail.getEntityManager()
                .createNativeQuery(sql)
                .setParameter(1, now)
                .setParameter(2, config.sendBatch())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> leased = ids.stream().map(Number::longValue).toList();
        OutboxMail.update("nextAttemptAt = ?1 where id in ?2", now.plus(config.lease()), leased);
        List<OutboxMail> batch = OutboxMail.list("id in ?1 order by id", leased);
        batch.forEach(OutboxMail.getEntityManager()::detach);
        return batch;
    }

    private int send(List<OutboxMail> batch) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        for (OutboxMail mail : batch) {
            sends.add(mailer.send(message(mail))
                    .ifNoItem()
                    .after(config.sendTimeout())
                    .fail()
                    .subscribeAsCompletionStage());
        }
        List<String> errors = new ArrayList<>(batch.size());
        for (CompletableFuture<Void> send : sends) {
            errors.add(outcome(send));
        }
        return QuarkusTransaction.requiringNew().call(() -> record(batch, errors));
    }

    private String outcome(CompletableFuture<Void> send) {
        try {
            send.get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (TimeoutException e) {
            return "no answer from the mail server within "
                    + config.sendTimeout().toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private int record(List<OutboxMail> batch, List<String> errors) {
        Instant now = clock.instant();
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (errors.get(i) == null) {
                accepted.add(batch.get(i).id);
            }
        }
        if (!accepted.isEmpty()) {
            OutboxMail.update(
                    "status = ?1, sentAt = ?2, lastError = null, attempts = attempts + 1 where id in ?3",
                    OutboxMail.Status.sent,
                    now,
                    accepted);
            sent.increment(accepted.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            String error = errors.get(i);
            if (error == null) {
                continue;
            }
            OutboxMail mail = OutboxMail.findById(batch.get(i).id);
            if (mail == null) {
                continue; // the person deleted their account meanwhile
            }
            mail.attempts++;
            if (!now.isBefore(mail.createdAt.plus(config.giveUpAfter()))) {
                mail.status = OutboxMail.Status.failed;
                mail.lastError = shorten(error);
                failed.increment();
                Log.warnf(
                        "Mail %d to person %d given up after %d tries: %s",
                        mail.id, mail.ownerId, mail.attempts, error);
            } else {
                mail.nextAttemptAt = now.plus(backoff(mail.attempts));
                mail.lastError = shorten(error);
                retried.increment();
                Log.infof(
                        "Mail %d not sent (try %d), next try at %s: %s",
                        mail.id, mail.attempts, mail.nextAttemptAt, error);
            }
        }
        return accepted.size();
    }

    /** 1 minute after the first failure, then doubling, never more than 30 minutes. */
    Duration backoff(int failures) {
        Duration wait = config.retryFirst();
        for (int i = 1; i < failures && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    private io.quarkus.mailer.Mail message(OutboxMail row) {
        io.quarkus.mailer.Mail mail = new io.quarkus.mailer.Mail()
                .addTo(row.to)
                .setFrom(config.from())
                .setSubject(HeaderWords.encode(row.subject))
                .setText(row.text)
                .setHtml(row.html)
                .addHeader("Message-ID", messageId(row.dedupeKey));
        config.replyTo().filter(address -> !address.isBlank()).ifPresent(mail::setReplyTo);
        if (row.unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + row.unsubscribeUrl + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** The same occurrence always gets the same Message-ID, so a receiver can tell a repeat from a new mail. */
    String messageId(String dedupeKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + messageIdDomain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String error) {
        String oneLine = error.replaceAll("\\s+", " ");
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
