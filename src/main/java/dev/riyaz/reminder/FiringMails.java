package dev.riyaz.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.goal.Goal;
import dev.riyaz.mail.Outgoing;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.resource.TodaysPicks;

/**
 * What one firing sends, from what its batch read: a goal reminder (or its snooze) when something is left, the digest
 * of the goals still open, the weekly review; by mail, by push to each of the person's devices ({@link FiringPushes}),
 * or both, as its channels say. Each key names the occurrence (and the device), so it is queued once.
 */
@ApplicationScoped
class FiringMails {

    /** Where one firing goes: by mail (unless she stopped all mail), and to these devices by push. */
    record Reach(boolean mail, List<Long> devices) {

        boolean nowhere() {
            return !mail && devices.isEmpty();
        }
    }

    private final ReminderMails mails;
    private final FiringPushes pushes;
    private final WeeklyReviews reviews;
    private final TodaysPicks resources;

    FiringMails(ReminderMails mails, FiringPushes pushes, WeeklyReviews reviews, TodaysPicks resources) {
        this.mails = mails;
        this.pushes = pushes;
        this.reviews = reviews;
        this.resources = resources;
    }

    /**
     * Where a firing of this reminder goes: its channels (the person's settings for the digest and the review), less
     * mail when she stopped all mail, less push when she has no device.
     */
    static Reach reach(Reminder reminder, User user, DueBatch batch) {
        String channels =
                switch (reminder.kind) {
                    case digest -> user.digestChannels;
                    case review -> user.weeklyReviewChannels;
                    case goal, snooze -> reminder.channels;
                };
        return new Reach(
                user.allMail && Channels.has(channels, Channels.MAIL),
                Channels.has(channels, Channels.PUSH) ? batch.devices().getOrDefault(user.id, List.of()) : List.of());
    }

    /** What this firing queues; empty when there is nothing left to do and the reminder only fires then. */
    List<Outgoing> compose(Reminder reminder, User user, LocalDate day, DueBatch batch, Reach reach) {
        AuthenticatedUser owner = AuthenticatedUser.of(user, null);
        return switch (reminder.kind) {
            case goal, snooze -> goal(reminder, user, owner, day, batch, reach);
            case digest -> digest(reminder, user, owner, day, batch, reach);
            case review -> review(reminder, user, owner, day, reach);
        };
    }

    private List<Outgoing> goal(
            Reminder reminder, User user, AuthenticatedUser owner, LocalDate day, DueBatch batch, Reach reach) {
        Goal goal = batch.goal(reminder);
        if (goal == null || goal.archived) {
            return List.of();
        }
        Remaining remaining = batch.tallies().remaining(goal, owner.firstDayOfWeek(), day);
        if (!sends(reminder, goal, remaining)) {
            return List.of();
        }
        String key = reminder.kind == Reminder.Kind.goal
                ? "r:" + reminder.id + ":" + day + ":" + Times.format(reminder.time)
                : "s:" + reminder.id;
        List<Outgoing> out = new ArrayList<>();
        if (reach.mail()) {
            out.add(mails.reminder(
                    user, reminder, goal, remaining, day, key, batch.picks().get(goal.id)));
        }
        out.addAll(pushes.reminder(user, reminder, goal, remaining, day, key, reach.devices()));
        return out;
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

    private List<Outgoing> digest(
            Reminder reminder, User user, AuthenticatedUser owner, LocalDate day, DueBatch batch, Reach reach) {
        List<ReminderMails.OpenGoal> open = new ArrayList<>();
        Map<Long, TodaysPicks.Pick> picks = resources.picks(user.id);
        for (Goal goal : batch.digestGoals().getOrDefault(user.id, List.of())) {
            Remaining remaining = batch.tallies().remaining(goal, owner.firstDayOfWeek(), day);
            if (remaining.today().signum() > 0) {
                open.add(mails.open(user, goal, remaining, day, picks.get(goal.id)));
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        String key = "d:" + user.id + ":" + day;
        List<Outgoing> out = new ArrayList<>();
        if (reach.mail()) {
            out.add(mails.digest(user, reminder, open, key));
        }
        List<String> titles = open.stream().map(ReminderMails.OpenGoal::title).toList();
        out.addAll(pushes.digest(user, reminder, titles, day, key, reach.devices()));
        return out;
    }

    private List<Outgoing> review(Reminder reminder, User user, AuthenticatedUser owner, LocalDate day, Reach reach) {
        WeeklyReviews.Review review = reviews.of(owner, day);
        if (review.rows().isEmpty()) {
            return List.of();
        }
        LocalDate weekEnd = WeeklyReviews.weekEnd(day, owner.firstDayOfWeek());
        String key = "w:" + user.id + ":" + weekEnd;
        List<Outgoing> out = new ArrayList<>();
        if (reach.mail()) {
            out.add(mails.review(user, reminder, review.period(), review.rows(), review.cheer(), key));
        }
        out.addAll(pushes.review(user, reminder, review.period(), review.cheer(), day, key, reach.devices()));
        return out;
    }
}
