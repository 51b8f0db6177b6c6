package dev.riyaz.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.context.ManagedExecutor;

import dev.riyaz.common.RowClaims;

/**
 * Drains the outbox over the mailer's pool of SMTP connections. A sender leases a batch (moves its next attempt a
 * few minutes on, so a node that dies mid-send leaves the mail for another node afterwards), sends the batch at once,
 * and records each result ({@link SendResults}): sent, or tried again after a wait that doubles from 1 minute up to
 * 30, or given up after 3 days and shown as failed ({@link Backoff}).
 */
@ApplicationScoped
public class MailSender {

    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final RowClaims claims;
    private final MailMessages messages;
    private final SendResults results;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    MailSender(
            ReactiveMailer mailer,
            MailConfig config,
            Clock clock,
            ManagedExecutor executor,
            RowClaims claims,
            MailMessages messages,
            SendResults results) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.claims = claims;
        this.messages = messages;
        this.results = results;
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
    private List<OutboxMail> lease() {
        Instant now = clock.instant();
        List<Long> leased = OutboxMail.claimDue(claims, now, config.sendBatch());
        if (leased.isEmpty()) {
            return List.of();
        }
        OutboxMail.lease(leased, now.plus(config.lease()));
        List<OutboxMail> batch = OutboxMail.listByIds(leased);
        batch.forEach(OutboxMail.getEntityManager()::detach);
        return batch;
    }

    /** Sends the whole batch at once, waits for every answer, and records them; returns how many were accepted. */
    private int send(List<OutboxMail> batch) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        for (OutboxMail mail : batch) {
            sends.add(mailer.send(messages.message(mail))
                    .ifNoItem()
                    .after(config.sendTimeout())
                    .fail()
                    .subscribeAsCompletionStage());
        }
        List<String> errors = new ArrayList<>(batch.size());
        for (CompletableFuture<Void> send : sends) {
            errors.add(outcome(send));
        }
        return QuarkusTransaction.requiringNew().call(() -> results.record(batch, errors));
    }

    /** Null when the server took the mail, otherwise why not. */
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
}
