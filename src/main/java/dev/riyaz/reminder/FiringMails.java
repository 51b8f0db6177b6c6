package dev.riyaz.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.Mail;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.resource.TodaysPicks;

/**
 * The mail one firing sends, from what its batch read: a goal reminder (or its snooze) when something is left, the
 * digest of the goals still open, the weekly review. Each mail's key names the occurrence, so it is queued once.
 */
@ApplicationScoped
class FiringMails {

    private final ReminderMails mails;
    private final WeeklyReviews reviews;
    private final TodaysPicks resources;

    FiringMails(ReminderMails mails, WeeklyReviews reviews, TodaysPicks resources) {
        this.mails = mails;
        this.reviews = reviews;
        this.resources = resources;
    }

    /** The mail for this firing, or null when there is nothing left to do and the reminder only fires then. */
    Mail compose(Reminder reminder, User user, LocalDate day, DueBatch batch) {
        AuthenticatedUser owner = AuthenticatedUser.of(user, null);
        return switch (reminder.kind) {
            case goal, snooze -> goal(reminder, user, owner, day, batch);
            case digest -> digest(reminder, user, owner, day, batch);
            case review -> review(reminder, user, owner, day);
        };
    }

    private Mail goal(Reminder reminder, User user, AuthenticatedUser owner, LocalDate day, DueBatch batch) {
        Goal goal = batch.goal(reminder);
        if (goal == null || goal.archived) {
            return null;
        }
        Remaining remaining = batch.tallies().remaining(goal, owner.firstDayOfWeek(), day);
        if (!sends(reminder, goal, remaining)) {
            return null;
        }
        String key = reminder.kind == Reminder.Kind.goal
                ? "r:" + reminder.id + ":" + day + ":" + Times.format(reminder.time)
                : "s:" + reminder.id;
        return mails.reminder(
                user, reminder, goal, remaining, day, key, batch.picks().get(goal.id));
    }

    /**
     * The rule for a goal reminder (or its snooze) on its day: it mails while its goal is active and, unless it mails
     * every time, while something is left that day. The reminders page asks this same rule to say "no mail today".
     */
    static boolean sends(Reminder reminder, Goal goal, Remaining remaining) {
        return goal != null
                && !goal.archived
                && !(reminder.onlyIfNotDone && remaining.today().signum() == 0);
    }

    private Mail digest(Reminder reminder, User user, AuthenticatedUser owner, LocalDate day, DueBatch batch) {
        List<ReminderMails.OpenGoal> open = new ArrayList<>();
        Map<Long, TodaysPicks.Pick> picks = resources.picks(user.id);
        for (Goal goal : batch.digestGoals().getOrDefault(user.id, List.of())) {
            Remaining remaining = batch.tallies().remaining(goal, owner.firstDayOfWeek(), day);
            if (remaining.today().signum() > 0) {
                open.add(mails.open(user, goal, remaining, day, picks.get(goal.id)));
            }
        }
        return open.isEmpty() ? null : mails.digest(user, reminder, open, "d:" + user.id + ":" + day);
    }

    private Mail review(Reminder reminder, User user, AuthenticatedUser owner, LocalDate day) {
        WeeklyReviews.Review review = reviews.of(owner, day);
        if (review.rows().isEmpty()) {
            return null;
        }
        LocalDate weekEnd = WeeklyReviews.weekEnd(day, owner.firstDayOfWeek());
        return mails.review(
                user, reminder, review.period(), review.rows(), review.cheer(), "w:" + user.id + ":" + weekEnd);
    }
}
