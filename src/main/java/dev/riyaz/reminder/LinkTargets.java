package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.User;
import dev.riyaz.common.Weekdays;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.LinkTokens.Claim;
import dev.riyaz.progress.DayTallies;
import dev.riyaz.reminder.MailLinkService.Target;

/**
 * What a verified link points at, checked against the person it was made for: their reminder, their goal, a valid
 * day. Anything gone or foreign makes the link point at nothing.
 */
@ApplicationScoped
class LinkTargets {

    private final Clock clock;

    LinkTargets(Clock clock) {
        this.clock = clock;
    }

    /** The target of a claim whose signature was checked; empty when its person, reminder or goal is gone. */
    Optional<Target> of(Claim claim) {
        User user = User.findById(claim.userId());
        if (user == null) {
            return Optional.empty();
        }
        return switch (claim.action()) {
            case unsubscribe -> unsubscribe(claim, user);
            case log -> log(claim, user);
            case snooze -> snooze(claim, user);
        };
    }

    private static Optional<Target> unsubscribe(Claim claim, User user) {
        if (claim.target() == 0) {
            return Optional.of(new Target(claim, user, null, null, null, null, null));
        }
        return own(user, claim.target())
                .map(reminder -> new Target(claim, user, reminder, goalOf(user, reminder.goalId), null, null, null));
    }

    private static Optional<Target> log(Claim claim, User user) {
        Goal goal = goalOf(user, claim.target());
        LocalDate day = date(claim.date());
        if (goal == null || day == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(claim, user, null, goal, day, suggestion(user, goal, day), null));
    }

    private Optional<Target> snooze(Claim claim, User user) {
        ZonedDateTime snoozeUntil = clock.instant().plus(MailLinkService.SNOOZE).atZone(user.zone());
        LocalDate day = date(claim.date());
        return own(user, claim.target())
                .filter(reminder -> reminder.kind == Reminder.Kind.goal && reminder.enabled && day != null)
                .map(reminder ->
                        new Target(claim, user, reminder, goalOf(user, reminder.goalId), day, null, snoozeUntil));
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
        BigDecimal left = DayTallies.recent(user.id, goal.id, day)
                .remaining(goal, Weekdays.parse(user.firstDayOfWeek), day)
                .today();
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
