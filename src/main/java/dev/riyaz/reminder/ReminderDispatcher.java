package dev.riyaz.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.PracticeDays;
import dev.riyaz.account.User;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.Mail;
import dev.riyaz.mail.MailConfig;
import dev.riyaz.mail.MailQueued;
import dev.riyaz.mail.Outbox;
import dev.riyaz.practice.PracticeDay;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.GoalSpec;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.progress.ProgressCalculator;
import dev.riyaz.progress.ProgressService;
import dev.riyaz.resource.TodaysPicks;

/**
 * Fires due reminders. One cluster-wide Quartz job (at most one run at a time across all nodes) claims due rows in
 * batches, oldest first; for each it decides whether there is still something to do, queues the mail in the outbox
 * under a key that names the occurrence, and moves the reminder to its next firing, all in one transaction. A node
 * that dies mid-batch rolls back: the rows are still due and the next run handles them.
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
    private final ReminderMails mails;
    private final WeeklyReviews reviews;
    private final TodaysPicks resources;
    private final Event<MailQueued> queued;
    private final boolean skipLocked;
    private final Counter fired;
    private final Counter skipped;
    private final Counter dropped;
    private final Timer runs;

    ReminderDispatcher(
            Clock clock,
            MailConfig config,
            Outbox outbox,
            ReminderMails mails,
            WeeklyReviews reviews,
            TodaysPicks resources,
            Event<MailQueued> queued,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
        this.mails = mails;
        this.reviews = reviews;
        this.resources = resources;
        this.queued = queued;
        this.skipLocked = dbKind.startsWith("postgres");
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

    private Run batch(Instant now) {
        List<Long> ids = claim(now);
        if (ids.isEmpty()) {
            return NOTHING;
        }
        Log.debugf("Reminders: claimed %d due by %s", ids.size(), now);
        List<Reminder> due = Reminder.list("id in ?1", ids);
        Map<Long, User> users = byId(
                User.<User>list("id in ?1", due.stream().map(r -> r.ownerId).collect(Collectors.toSet())),
                user -> user.id);
        Map<Long, LocalDate> days = new HashMap<>();
        for (Reminder reminder : due) {
            User user = users.get(reminder.ownerId);
            days.put(reminder.id, PracticeDays.of(reminder.nextFireAt, user.zone(), user.dayStartHour));
        }
        GoalDays goalDays = GoalDays.load(due, days, resources);
        List<Mail> out = new ArrayList<>();
        int skippedDone = 0;
        int late = 0;
        for (Reminder reminder : due) {
            User user = users.get(reminder.ownerId);
            Instant at = reminder.nextFireAt;
            LocalDate day = days.get(reminder.id);
            if (!reminder.enabled || !user.allMail) {
                settle(reminder, null);
                continue;
            }
            if (at.isBefore(now.minus(config.grace()))) {
                Log.infof(
                        "Reminder %d (%s) of person %d was due at %s, %s before this run: dropped, too late to send",
                        reminder.id, reminder.kind, user.id, at, Duration.between(at, now));
                late++;
            } else {
                Mail mail = compose(reminder, user, day, goalDays);
                if (mail == null) {
                    skippedDone++;
                } else {
                    out.add(mail);
                }
            }
            // Occurrences already past the grace period are skipped over: after a long downtime the row catches up
            // in one step instead of one dropped occurrence per run.
            Instant from = at.isBefore(now.minus(config.grace())) ? now.minus(config.grace()) : at;
            settle(reminder, reminder.rule().nextAfter(from, user.zone()));
        }
        int queuedNow = outbox.queue(out);
        fired.increment(queuedNow);
        skipped.increment(skippedDone);
        dropped.increment(late);
        return new Run(ids.size(), queuedNow, skippedDone, late);
    }

    /** The mail for this firing, or null when there is nothing left to do and the reminder only fires then. */
    private Mail compose(Reminder reminder, User user, LocalDate day, GoalDays goalDays) {
        AuthenticatedUser owner = AuthenticatedUser.of(user, null);
        switch (reminder.kind) {
            case goal, snooze -> {
                Goal goal = goalDays.goal(reminder.goalId);
                if (goal == null || goal.archived) {
                    return null;
                }
                Remaining remaining = goalDays.remaining(goal, owner, day);
                if (reminder.onlyIfNotDone && remaining.today().signum() == 0) {
                    return null;
                }
                String key = reminder.kind == Reminder.Kind.goal
                        ? "r:" + reminder.id + ":" + day + ":" + Times.format(reminder.time)
                        : "s:" + reminder.id;
                return mails.reminder(
                        user,
                        reminder,
                        goal,
                        remaining,
                        day,
                        key,
                        goalDays.picks().get(goal.id));
            }
            case digest -> {
                List<ReminderMails.OpenGoal> open = new ArrayList<>();
                Map<Long, List<DayTally>> recent =
                        GoalDays.tallies(PracticeDay.listForOwnerBetween(user.id, day.minusDays(40), day));
                Map<Long, TodaysPicks.Pick> picks = resources.picks(user.id);
                for (Goal goal : Goal.listForOwner(user.id, false)) {
                    GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
                    Remaining remaining =
                            ProgressCalculator.remaining(spec, recent.getOrDefault(goal.id, List.of()), day);
                    if (remaining.today().signum() > 0) {
                        open.add(mails.open(user, goal, remaining, day, picks.get(goal.id)));
                    }
                }
                return open.isEmpty() ? null : mails.digest(user, reminder, open, "d:" + user.id + ":" + day);
            }
            case review -> {
                WeeklyReviews.Review review = reviews.of(owner, day);
                if (review.rows().isEmpty()) {
                    return null;
                }
                LocalDate weekEnd = WeeklyReviews.weekEnd(day, owner.firstDayOfWeek());
                return mails.review(
                        user, reminder, review.period(), review.rows(), review.cheer(), "w:" + user.id + ":" + weekEnd);
            }
            default -> throw new IllegalStateException("unknown reminder kind " + reminder.kind);
        }
    }

    /** Moves a reminder on; a snooze fires once and goes. */
    private static void settle(Reminder reminder, Instant next) {
        if (reminder.kind == Reminder.Kind.snooze) {
            reminder.delete();
        } else {
            reminder.nextFireAt = next;
        }
    }

    /**
     * Locks up to a batch of due rows, oldest first. On PostgreSQL rows another node holds are skipped, so nodes never
     * wait on each other; the embedded H2 database runs one node and simply locks.
     */
    @SuppressWarnings("unchecked")
    private List<Long> claim(Instant now) {
        String sql = "select id from reminder where next_fire_at <= ?1 order by next_fire_at, id limit ?2"
                + (skipLocked ? " for update skip locked" : " for update");
        List<Number> ids = Reminder.getEntityManager()
                .createNativeQuery(sql)
                .setParameter(1, now)
                .setParameter(2, config.dispatchBatch())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The goals of a batch of goal reminders, their recent day totals and today's picks, read with three queries. */
    private record GoalDays(
            Map<Long, Goal> goals, Map<Long, List<DayTally>> tallies, Map<Long, TodaysPicks.Pick> picks) {

        static GoalDays load(List<Reminder> due, Map<Long, LocalDate> days, TodaysPicks resources) {
            Set<Long> goalIds = new HashSet<>();
            LocalDate first = null;
            LocalDate last = null;
            for (Reminder reminder : due) {
                if (reminder.goalId == null) {
                    continue;
                }
                goalIds.add(reminder.goalId);
                LocalDate day = days.get(reminder.id);
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
            if (goalIds.isEmpty()) {
                return new GoalDays(Map.of(), Map.of(), Map.of());
            }
            Map<Long, Goal> goals = byId(Goal.list("id in ?1", goalIds), goal -> goal.id);
            // A week or month back is all that what-is-left looks at.
            List<PracticeDay> recent = PracticeDay.find(
                            "goalId in ?1 and day >= ?2 and day <= ?3", goalIds, first.minusDays(40), last)
                    .list();
            return new GoalDays(goals, tallies(recent), resources.picksForGoals(goalIds));
        }

        static Map<Long, List<DayTally>> tallies(List<PracticeDay> days) {
            Map<Long, List<DayTally>> byGoal = new HashMap<>();
            for (PracticeDay day : days) {
                byGoal.computeIfAbsent(day.goalId, id -> new ArrayList<>()).add(ProgressService.tally(day));
            }
            return byGoal;
        }

        Goal goal(Long id) {
            return id == null ? null : goals.get(id);
        }

        Remaining remaining(Goal goal, AuthenticatedUser owner, LocalDate day) {
            GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
            return ProgressCalculator.remaining(spec, tallies.getOrDefault(goal.id, List.of()), day);
        }
    }
}
