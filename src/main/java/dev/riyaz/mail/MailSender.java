package dev.riyaz.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.context.ManagedExecutor;

import dev.riyaz.common.RowClaims;

/**
 * Drains the outbox: mail over the mailer's pool of SMTP connections, push through the push room's
 * {@link PushChannel}. A sender leases a batch of either kind (moves its next attempt a few minutes on, so a node that
 * dies mid-send leaves the rows for another node afterwards), sends the batch at once, and records each result
 * ({@link SendResults}): sent, or tried again after a wait that doubles from 1 minute up to 30, or given up after 3
 * days and shown as failed ({@link Backoff}); a push refused for good fails at once, one to a gone device is dropped.
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
    private final Instance<PushChannel> push;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    MailSender(
            ReactiveMailer mailer,
            MailConfig config,
            Clock clock,
            ManagedExecutor executor,
            RowClaims claims,
            MailMessages messages,
            SendResults results,
            Instance<PushChannel> push) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.claims = claims;
        this.messages = messages;
        this.results = results;
        this.push = push;
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

    /**
     * Sends everything that is due, batch after batch; returns how many rows were accepted (by the mail server or a
     * push service). Without a mail server only push is sent: mail is held.
     */
    public int drain() {
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
        List<Long> leased = OutboxMail.claimDue(claims, now, config.sendBatch(), config.sends());
        if (leased.isEmpty()) {
            return List.of();
        }
        OutboxMail.lease(leased, now.plus(config.lease()));
        List<OutboxMail> batch = OutboxMail.listByIds(leased);
        batch.forEach(OutboxMail.getEntityManager()::detach);
        return batch;
    }

    /**
     * Sends the whole batch at once (mail and push side by side), waits for every answer, and records them; returns
     * how many were accepted.
     */
    private int send(List<OutboxMail> batch) {
        Map<OutboxMail, CompletableFuture<Void>> mails = new HashMap<>();
        List<OutboxMail> pushes = new ArrayList<>();
        for (OutboxMail row : batch) {
            if (OutboxMail.PUSH.equals(row.channel)) {
                pushes.add(row);
            } else {
                mails.put(
                        row,
                        mailer.send(messages.message(row))
                                .ifNoItem()
                                .after(config.sendTimeout())
                                .fail()
                                .subscribeAsCompletionStage());
            }
        }
        Map<OutboxMail, Delivery> pushed = new HashMap<>();
        if (!pushes.isEmpty()) {
            List<Delivery> answers = push.isResolvable()
                    ? push.get().send(pushes)
                    : Collections.nCopies(pushes.size(), Delivery.retry("no push sender on this node", null));
            for (int i = 0; i < pushes.size(); i++) {
                pushed.put(pushes.get(i), answers.get(i));
            }
        }
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        for (OutboxMail row : batch) {
            deliveries.add(mails.containsKey(row) ? outcome(mails.get(row)) : pushed.get(row));
        }
        return QuarkusTransaction.requiringNew().call(() -> results.record(batch, deliveries));
    }

    /** How one mail went: sent when the server took it, otherwise tried again later. */
    private Delivery outcome(CompletableFuture<Void> send) {
        try {
            send.get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return Delivery.sent();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Delivery.retry(cause.getClass().getSimpleName() + ": " + cause.getMessage(), null);
        } catch (TimeoutException e) {
            return Delivery.retry(
                    "no answer from the mail server within "
                            + config.sendTimeout().toSeconds() + " s",
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted", null);
        }
    }
}
