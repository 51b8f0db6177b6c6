package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.common.Hashes;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.mail.LinkTokens.Claim;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.practice.PracticeService;

/**
 * What the links in mail do, for whoever holds a valid link, without logging in: stop a reminder or all mail, log
 * practice, or remind again in an hour. A link works only for the person it was made for and only on their things.
 */
@ApplicationScoped
public class MailLinkService {

    static final Duration SNOOZE = Duration.ofHours(1);

    /** What a link is about, for the page that asks to confirm. */
    public record Target(
            Claim claim,
            User user,
            Reminder reminder,
            Goal goal,
            LocalDate day,
            BigDecimal suggestedAmount,
            ZonedDateTime snoozeUntil) {

        public String goalTitle() {
            return goal == null ? null : goal.title;
        }

        public boolean allMail() {
            return claim.action() == Action.unsubscribe && reminder == null;
        }
    }

    private final LinkTokens tokens;
    private final LinkTargets targets;
    private final ReminderScheduler scheduler;
    private final PracticeService practice;
    private final Clock clock;

    MailLinkService(
            LinkTokens tokens,
            LinkTargets targets,
            ReminderScheduler scheduler,
            PracticeService practice,
            Clock clock) {
        this.tokens = tokens;
        this.targets = targets;
        this.scheduler = scheduler;
        this.practice = practice;
        this.clock = clock;
    }

    /** What the token points at; empty when it is forged, altered, or its reminder or goal is gone. */
    @Transactional
    public Optional<Target> read(String token, Action expected) {
        return tokens.verify(token).filter(claim -> claim.action() == expected).flatMap(targets::of);
    }

    /** Stops one reminder (its digest or review setting for those) or all mail; true when the link was valid. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Target> found = read(token, Action.unsubscribe);
        if (found.isEmpty()) {
            return false;
        }
        Target target = found.get();
        User user = target.user();
        Reminder reminder = target.reminder();
        if (reminder == null) {
            user.allMail = false;
        } else if (reminder.kind == Reminder.Kind.digest) {
            user.digest = "off";
        } else if (reminder.kind == Reminder.Kind.review) {
            user.weeklyReview = false;
        } else {
            reminder.enabled = false;
            Reminder.deleteSnoozesOf(reminder.id);
        }
        scheduler.reschedule(user);
        return true;
    }

    /** Logs practice on the link's goal and day; the same link logs once, however often it is used. */
    @Transactional
    public Optional<Target> log(String token, BigDecimal amount) {
        Optional<Target> found = read(token, Action.log);
        found.ifPresent(target -> logOnce(target, token, amount, "email"));
        return found;
    }

    /**
     * A push notification's Done: logs the link's goal for its day, with the amount the mail's log page would suggest
     * for a measured goal. The link is the mail's "log it" link, under the same key, so the mail and the notification
     * of one day log once between them. Empty for a link that is not a valid "log it" link; {@code false} when this
     * link had logged already (the first answer again). A day not allowed (any more) is the 422 of the practice rules;
     * an earlier use of the link with another amount is their 409.
     */
    @Transactional
    public Optional<Boolean> logFromPush(String token) {
        return read(token, Action.log).map(target -> !logOnce(target, token, target.suggestedAmount(), "push")
                .replayed());
    }

    private PracticeService.Logged logOnce(Target target, String token, BigDecimal amount, String channel) {
        Goal goal = target.goal();
        BigDecimal logged = goal.measured() ? amount : null;
        EntryRequest entry = new EntryRequest(target.day(), "done", logged, null, null, channel);
        return practice.log(
                AuthenticatedUser.of(target.user(), null), goal.id, entry, channel, "mail:" + Hashes.sha256(token));
    }

    /** Fires the reminder once more an hour from now (a second snooze moves that time, it does not add a mail). */
    @Transactional
    public Optional<Target> snooze(String token) {
        Optional<Target> found = read(token, Action.snooze);
        found.ifPresent(target -> {
            Reminder parent = target.reminder();
            Instant at = clock.instant().plus(SNOOZE);
            Reminder snooze = Reminder.findSnoozeOf(parent.id).orElseGet(Reminder::new);
            snooze.ownerId = parent.ownerId;
            snooze.goalId = parent.goalId;
            snooze.kind = Reminder.Kind.snooze;
            snooze.snoozeOf = parent.id;
            snooze.channels = parent.channels;
            snooze.snoozeDate = target.day();
            snooze.time = target.snoozeUntil().toLocalTime();
            snooze.dayset(EnumSet.allOf(DayOfWeek.class));
            snooze.onlyIfNotDone = parent.onlyIfNotDone;
            snooze.enabled = true;
            snooze.nextFireAt = at;
            if (snooze.createdAt == null) {
                snooze.createdAt = clock.instant();
                snooze.persist();
            }
        });
        return found;
    }
}
