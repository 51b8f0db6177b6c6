package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.common.Hashes;
import dev.riyaz.common.Weekdays;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.mail.LinkTokens.Claim;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.practice.PracticeDay;
import dev.riyaz.practice.PracticeService;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.GoalSpec;
import dev.riyaz.progress.ProgressCalculator;
import dev.riyaz.progress.ProgressService;

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
    private final ReminderScheduler scheduler;
    private final PracticeService practice;
    private final Clock clock;

    MailLinkService(LinkTokens tokens, ReminderScheduler scheduler, PracticeService practice, Clock clock) {
        this.tokens = tokens;
        this.scheduler = scheduler;
        this.practice = practice;
        this.clock = clock;
    }

    /** What the token points at; empty when it is forged, altered, or its reminder or goal is gone. */
    @Transactional
    public Optional<Target> read(String token, Action expected) {
        return tokens.verify(token).filter(claim -> claim.action() == expected).flatMap(this::target);
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
            Reminder.delete("snoozeOf", reminder.id);
        }
        scheduler.reschedule(user);
        return true;
    }

    /** Logs practice on the link's goal and day; the same link logs once, however often it is used. */
    @Transactional
    public Optional<Target> log(String token, BigDecimal amount) {
        Optional<Target> found = read(token, Action.log);
        found.ifPresent(target -> {
            Goal goal = target.goal();
            BigDecimal logged = goal.measured() ? amount : null;
            EntryRequest entry = new EntryRequest(target.day(), "done", logged, null, null, "email");
            practice.log(
                    AuthenticatedUser.of(target.user(), null), goal.id, entry, "email", "mail:" + Hashes.sha256(token));
        });
        return found;
    }

    /** Fires the reminder once more an hour from now (a second snooze moves that time, it does not add a mail). */
    @Transactional
    public Optional<Target> snooze(String token) {
        Optional<Target> found = read(token, Action.snooze);
        found.ifPresent(target -> {
            Reminder parent = target.reminder();
            Instant at = clock.instant().plus(SNOOZE);
            Reminder snooze = Reminder.<Reminder>find("snoozeOf = ?1", parent.id)
                    .firstResultOptional()
                    .orElseGet(Reminder::new);
            snooze.ownerId = parent.ownerId;
            snooze.goalId = parent.goalId;
            snooze.kind = Reminder.Kind.snooze;
            snooze.snoozeOf = parent.id;
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

    private Optional<Target> target(Claim claim) {
        User user = User.findById(claim.userId());
        if (user == null) {
            return Optional.empty();
        }
        ZonedDateTime snoozeUntil = clock.instant().plus(SNOOZE).atZone(user.zone());
        return switch (claim.action()) {
            case unsubscribe -> {
                if (claim.target() == 0) {
                    yield Optional.of(new Target(claim, user, null, null, null, null, null));
                }
                yield own(user, claim.target())
                        .map(reminder ->
                                new Target(claim, user, reminder, goalOf(user, reminder.goalId), null, null, null));
            }
            case log -> {
                Goal goal = goalOf(user, claim.target());
                LocalDate day = date(claim.date());
                if (goal == null || day == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new Target(claim, user, null, goal, day, suggestion(user, goal, day), null));
            }
            case snooze -> {
                LocalDate day = date(claim.date());
                yield own(user, claim.target())
                        .filter(reminder -> reminder.kind == Reminder.Kind.goal && reminder.enabled && day != null)
                        .map(reminder -> new Target(
                                claim, user, reminder, goalOf(user, reminder.goalId), day, null, snoozeUntil));
            }
        };
    }

    private static Optional<Reminder> own(User user, long reminderId) {
        return Reminder.<Reminder>findByIdOptional(reminderId)
                .filter(reminder -> reminder.ownerId == user.id && reminder.kind != Reminder.Kind.snooze);
    }

    private static Goal goalOf(User user, Long goalId) {
        return goalId == null ? null : Goal.findForOwner(user.id, goalId).orElse(null);
    }

    /** For measured goals: what is left that day, or the whole daily target when nothing is left. */
    private static BigDecimal suggestion(User user, Goal goal, LocalDate day) {
        if (!goal.measured()) {
            return null;
        }
        GoalSpec spec = GoalSpec.of(goal, Weekdays.parse(user.firstDayOfWeek));
        List<DayTally> recent = PracticeDay.listForGoalBetween(user.id, goal.id, day.minusDays(40), day).stream()
                .map(ProgressService::tally)
                .toList();
        BigDecimal left = ProgressCalculator.remaining(spec, recent, day).today();
        return (left.signum() > 0 ? left : goal.dailyTarget).stripTrailingZeros();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
