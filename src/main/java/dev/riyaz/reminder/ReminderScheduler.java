package dev.riyaz.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.riyaz.account.AccountChanged;
import dev.riyaz.account.User;
import dev.riyaz.common.Weekdays;
import dev.riyaz.mail.MailConfig;

/**
 * Decides when each of a person's reminders fires next, and keeps their digest and weekly review rows in step with
 * their mail settings. Runs inside the caller's transaction, so a change of zone, day-start hour, mail settings or a
 * reminder reschedules at once.
 */
@ApplicationScoped
public class ReminderScheduler {

    private final Clock clock;
    private final MailConfig config;

    ReminderScheduler(Clock clock, MailConfig config) {
        this.clock = clock;
        this.config = config;
    }

    void onAccountChanged(@Observes AccountChanged change) {
        User user = User.findById(change.userId());
        if (user != null) {
            reschedule(user);
        }
    }

    /** Every scheduled row of the person, the digest and review rows made when missing. */
    public void reschedule(User user) {
        Instant now = clock.instant();
        Reminder digest = own(user, Reminder.Kind.digest, now);
        digest.time = user.digestTime;
        digest.dayset(EnumSet.allOf(DayOfWeek.class));
        digest.enabled = "daily".equals(user.digest);
        Reminder review = own(user, Reminder.Kind.review, now);
        review.time = user.weeklyReviewTime;
        review.dayset(Set.of(Weekdays.parse(user.weeklyReviewDay)));
        review.enabled = user.weeklyReview;
        for (Reminder reminder : Reminder.listScheduled(user.id)) {
            schedule(reminder, user, now);
        }
    }

    /**
     * Sets when the reminder fires next after now. A firing that is due but not yet handled (the dispatcher runs every
     * few seconds) stays due, so saving settings at 07:59:59 does not lose the 08:00 mail.
     */
    public void schedule(Reminder reminder, User user, Instant now) {
        if (!reminder.enabled || !user.allMail) {
            reminder.nextFireAt = null;
            return;
        }
        Instant pending = reminder.nextFireAt;
        if (pending != null && !pending.isAfter(now) && pending.isAfter(now.minus(config.grace()))) {
            return;
        }
        reminder.nextFireAt = reminder.rule().nextAfter(now, user.zone());
    }

    private static Reminder own(User user, Reminder.Kind kind, Instant now) {
        return Reminder.findOwn(user.id, kind).orElseGet(() -> {
            Reminder made = new Reminder();
            made.ownerId = user.id;
            made.kind = kind;
            made.time = user.digestTime;
            made.dayset(EnumSet.allOf(DayOfWeek.class));
            made.onlyIfNotDone = true;
            made.enabled = false;
            made.createdAt = now;
            made.persist();
            return made;
        });
    }
}
