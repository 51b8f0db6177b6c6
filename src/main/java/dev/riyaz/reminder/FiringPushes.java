package dev.riyaz.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.User;
import dev.riyaz.common.Messages;
import dev.riyaz.common.SiteRoutes;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalRoutes;
import dev.riyaz.mail.PushRow;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.push.PushMessage;
import dev.riyaz.push.PushOutbox;
import dev.riyaz.push.PushSender.Urgency;

/**
 * The push messages one firing sends, one row per device of the person, beside (or instead of) its mail: the same
 * occurrence key with the device added. Titles and bodies are plain text (the service worker shows them as text);
 * every address is absolute, from the public base URL.
 */
@ApplicationScoped
class FiringPushes {

    /** The longest body of a digest: a phone shows two or three lines of it. */
    private static final int MAX_BODY = 180;

    private final MailLinks links;
    private final PushOutbox outbox;

    FiringPushes(MailLinks links, PushOutbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    /**
     * A goal reminder: the goal as title, what is left as body, a tap opens the goal, and "Done" logs the practice
     * through a signed link without opening the app.
     */
    List<PushRow> reminder(
            User user,
            Reminder reminder,
            Goal goal,
            Remaining remaining,
            LocalDate day,
            String key,
            List<Long> devices) {
        long reminderId = reminder.snoozeOf != null ? reminder.snoozeOf : reminder.id;
        PushMessage message = new PushMessage(
                Subjects.clean(goal.title),
                ReminderMails.left(goal, remaining),
                links.page(GoalRoutes.goal(goal.id)),
                List.of(new PushMessage.Action(
                        "done", Messages.get("push_action_done"), links.pushLog(user.id, goal.id, day))));
        // Urgency normal: she asked to be reminded at this time, so it should reach the phone then, on battery and
        // mobile data too (low would wait for Wi-Fi or a charger). TTL until the practice day ends: "not done yet
        // today" means nothing the next day, so a phone that stays offline past then never gets it.
        return rows(user, key, "reminder", reminderId, devices, message, endOfDay(user, day), Urgency.NORMAL);
    }

    /** The daily digest: how many goals are open, and which; a tap opens Today. No Done: it is about several goals. */
    List<PushRow> digest(
            User user, Reminder digest, List<String> openTitles, LocalDate day, String key, List<Long> devices) {
        PushMessage message = new PushMessage(
                Messages.get("mail_digest_subject", openTitles.size()),
                shorten(String.join(", ", openTitles)),
                links.page(SiteRoutes.home()));
        // Like a reminder: wanted at its time, of no use once the practice day is over.
        return rows(user, key, "digest", digest.id, devices, message, endOfDay(user, day), Urgency.NORMAL);
    }

    /** The weekly review: the week and one encouraging line; a tap opens Progress. */
    List<PushRow> review(
            User user, Reminder review, String period, String cheer, LocalDate day, String key, List<Long> devices) {
        PushMessage message =
                new PushMessage(Messages.get("mail_review_subject", period), cheer, links.page(SiteRoutes.progress()));
        // Urgency low: a look back can wait until the phone is on Wi-Fi or charging. It still reads well the next day,
        // so it is kept until the end of the practice day after.
        return rows(user, key, "review", review.id, devices, message, endOfDay(user, day.plusDays(1)), Urgency.LOW);
    }

    private List<PushRow> rows(
            User user,
            String key,
            String kind,
            Long reminderId,
            List<Long> devices,
            PushMessage message,
            Instant expiresAt,
            Urgency urgency) {
        List<PushRow> rows = new ArrayList<>(devices.size());
        for (long device : devices) {
            rows.add(outbox.row(user.id, key, kind, reminderId, device, message, expiresAt, urgency));
        }
        return rows;
    }

    /** When the practice day ends: the next day's start hour in the person's zone. */
    private static Instant endOfDay(User user, LocalDate day) {
        return Firings.startOfDay(day.plusDays(1), user.dayStartHour, user.zone());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_BODY
                ? text
                : text.substring(0, MAX_BODY - 1).strip() + "…";
    }
}
