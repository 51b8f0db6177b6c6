package dev.riyaz.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

import dev.riyaz.account.User;
import dev.riyaz.common.RowClaims;
import dev.riyaz.mail.MailConfig;
import dev.riyaz.mail.MailQueued;
import dev.riyaz.mail.Outbox;
import dev.riyaz.mail.Outgoing;
import dev.riyaz.push.PushDevices;
import dev.riyaz.resource.TodaysPicks;

/**
 * Fires due reminders. One cluster-wide Quartz job (at most one run at a time across all nodes) claims due rows in
 * batches, oldest first; for each it decides whether there is still something to do, queues the mail and one push per
 * device (as its channels say) in the outbox under keys that name the occurrence ({@link FiringMails}), and moves the
 * reminder to its next firing, all in one transaction. A node that dies mid-batch rolls back: the rows are still due and the next run handles them.
 */
@ApplicationScoped
public class ReminderDispatcher {

    /** What one run did. */
    public record Run(int claimed, int queued, int skippedDone, int dropped) {

        Run plus(Run other) {
            return new Run(
                    claimed + other.claimed,
                    queued + other.queued,
                    skippedDone + other.skippedDone,
                    dropped + other.dropped);
        }
    }

    private static final Run NOTHING = new Run(0, 0, 0, 0);

    /** Batches claimed before this node's sender is told about the mail they queued. */
    private static final int ANNOUNCE_EVERY = 10;

    private final Clock clock;
    private final MailConfig config;
    private final Outbox outbox;
    private final FiringMails firings;
    private final TodaysPicks resources;
    private final Event<MailQueued> queued;
    private final RowClaims claims;
    private final PushDevices devices;
    private final Counter fired;
    private final Counter skipped;
    private final Counter dropped;
    private final Timer runs;

    ReminderDispatcher(
            Clock clock,
            MailConfig config,
            Outbox outbox,
            FiringMails firings,
            TodaysPicks resources,
            Event<MailQueued> queued,
            RowClaims claims,
            PushDevices devices,
            MeterRegistry registry) {
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
        this.firings = firings;
        this.resources = resources;
        this.queued = queued;
        this.claims = claims;
        this.devices = devices;
        this.fired = registry.counter("riyaz.reminders.fired");
        this.skipped = registry.counter("riyaz.reminders.skipped", "reason", "done");
        this.dropped = registry.counter("riyaz.reminders.skipped", "reason", "late");
        this.runs = registry.timer("riyaz.reminders.dispatch");
    }

    /** Runs on one node at a time across the cluster ({@code @Nonconcurrent}: Quartz's DisallowConcurrentExecution). */
    @Nonconcurrent
    @Scheduled(
            identity = "riyaz-reminder-dispatcher",
            every = "${riyaz.mail.dispatch-every:10s}",
            delayed = "${riyaz.mail.dispatch-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runs.record(this::dispatchDue);
    }

    /**
     * Handles every reminder due now, a batch per transaction, until none is left (a reminder still due after its
     * batch, an occurrence within the grace period after a downtime, comes round again).
     */
    public Run dispatchDue() {
        Instant now = clock.instant();
        Run total = NOTHING;
        Run batch;
        int batches = 0;
        int unannounced = 0;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> batch(now));
            total = total.plus(batch);
            unannounced += batch.queued();
            // Sending starts while later batches are still being claimed, a few thousand mails at a time.
            if (++batches % ANNOUNCE_EVERY == 0 && unannounced > 0) {
                queued.fire(new MailQueued(unannounced));
                unannounced = 0;
            }
        } while (batch.claimed() > 0);
        if (unannounced > 0) {
            queued.fire(new MailQueued(unannounced));
        }
        if (total.claimed() > 0) {
            Log.debugf("Reminders: %s", total);
        }
        return total;
    }

    /** One batch in one transaction: claim due rows, queue what each fires, and move each to its next firing. */
    private Run batch(Instant now) {
        List<Long> ids = Reminder.claimDue(claims, now, config.dispatchBatch());
        if (ids.isEmpty()) {
            return NOTHING;
        }
        Log.debugf("Reminders: claimed %d due by %s", ids.size(), now);
        DueBatch due = DueBatch.load(ids, resources, devices);
        List<Outgoing> out = new ArrayList<>();
        int skippedDone = 0;
        int late = 0;
        for (Reminder reminder : due.reminders()) {
            switch (fire(reminder, now, due, out)) {
                case SKIPPED_DONE -> skippedDone++;
                case LATE -> late++;
                default -> {}
            }
        }
        int queuedNow = outbox.queue(out);
        fired.increment(queuedNow);
        skipped.increment(skippedDone);
        dropped.increment(late);
        return new Run(ids.size(), queuedNow, skippedDone, late);
    }

    /** What became of one due reminder. */
    private enum Outcome {
        OFF,
        COMPOSED,
        SKIPPED_DONE,
        LATE
    }

    /**
     * Composes the reminder's mail and pushes (added to {@code out}) unless it is off, goes nowhere (mail stopped, no
     * device), is done or too late, and moves it on.
     */
    private Outcome fire(Reminder reminder, Instant now, DueBatch due, List<Outgoing> out) {
        User user = due.users().get(reminder.ownerId);
        Instant at = reminder.nextFireAt;
        FiringMails.Reach reach = FiringMails.reach(reminder, user, due);
        if (!reminder.enabled || reach.nowhere()) {
            settle(reminder, null);
            return Outcome.OFF;
        }
        Instant cutoff = now.minus(config.grace());
        Outcome outcome;
        if (at.isBefore(cutoff)) {
            Log.infof(
                    "Reminder %d (%s) of person %d was due at %s, %s before this run: dropped, too late to send",
                    reminder.id, reminder.kind, user.id, at, Duration.between(at, now));
            outcome = Outcome.LATE;
        } else {
            List<Outgoing> sent = firings.compose(reminder, user, due.days().get(reminder.id), due, reach);
            outcome = sent.isEmpty() ? Outcome.SKIPPED_DONE : Outcome.COMPOSED;
            out.addAll(sent);
        }
        // Occurrences already past the grace period are skipped over: after a long downtime the row catches up
        // in one step instead of one dropped occurrence per run.
        settle(reminder, reminder.rule().nextAfter(at.isBefore(cutoff) ? cutoff : at, user.zone()));
        return outcome;
    }

    /** Moves a reminder on; a snooze fires once and goes. */
    private static void settle(Reminder reminder, Instant next) {
        if (reminder.kind == Reminder.Kind.snooze) {
            reminder.delete();
        } else {
            reminder.nextFireAt = next;
        }
    }
}
