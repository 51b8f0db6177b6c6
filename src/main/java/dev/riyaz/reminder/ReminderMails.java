package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

import dev.riyaz.account.User;
import dev.riyaz.common.Messages;
import dev.riyaz.common.SiteRoutes;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.Units;
import dev.riyaz.mail.Mail;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.resource.TodaysPicks;

/** Writes reminder, digest and weekly review mails, each as HTML and as plain text from type-safe templates. */
@ApplicationScoped
class ReminderMails {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance reminder(ReminderMail mail);

        static native TemplateInstance digest(DigestMail mail);

        static native TemplateInstance review(ReviewMail mail);
    }

    /** Links at the foot of every mail. */
    record Footer(
            String unsubscribeUrl, String unsubscribeAllUrl, String settingsUrl, String settingsLabel, String reason) {}

    record ReminderMail(
            String name,
            String title,
            String left,
            String logUrl,
            String snoozeUrl,
            boolean measured,
            Pick pick,
            Footer footer) {}

    /** Today's pick, the resource to practise with: a title and its link. */
    record Pick(String title, String url) {

        static Pick of(TodaysPicks.Pick pick) {
            return pick == null ? null : new Pick(Subjects.clean(pick.title()), pick.url());
        }
    }

    record OpenGoal(String title, String left, String logUrl, Pick pick) {}

    record DigestMail(String name, List<OpenGoal> goals, String todayUrl, Footer footer) {}

    /** One goal's last week: days that counted, amount, streak, strength change, and a row of seven days. */
    record ReviewRow(String title, String days, String amount, String streak, String strength, List<ReviewDay> week) {}

    /**
     * How a day looks in the review's row: a square in the app's green, a lighter green, lavender or white, with a mark
     * in it so that colour never carries the meaning alone, and the words the legend gives it.
     */
    enum DayLook {
        counted("#2a6555", "\u2713", "#ffffff", "#2a6555"),
        practised("#cfe5dd", "\u2022", "#1f1d1a", "#8fb8a9"),
        dayOff("#e6e0f0", "\u2013", "#1f1d1a", "#b7abcc"),
        none("#ffffff", "", "#1f1d1a", "#8c8378");

        private final String color;
        private final String mark;
        private final String ink;
        private final String border;

        DayLook(String color, String mark, String ink, String border) {
            this.color = color;
            this.mark = mark;
            this.ink = ink;
            this.border = border;
        }

        public String color() {
            return color;
        }

        public String mark() {
            return mark;
        }

        public String ink() {
            return ink;
        }

        public String border() {
            return border;
        }

        /** The legend's words for this look: "goal met", "practised", "day off", "no practice". */
        public String words() {
            return Messages.get("review_legend_" + name());
        }
    }

    /** One day in the review's row: a weekday letter, how it looks (whether it counted), and words for it. */
    record ReviewDay(String letter, DayLook look, String words) {}

    record ReviewMail(
            String name, String period, List<ReviewRow> goals, String cheer, String progressUrl, Footer footer) {

        /** Every look a day can have, with its words, under the rows. */
        public List<DayLook> legend() {
            return List.of(DayLook.values());
        }
    }

    private final MailLinks links;

    ReminderMails(MailLinks links) {
        this.links = links;
    }

    Mail reminder(
            User user,
            Reminder reminder,
            Goal goal,
            Remaining remaining,
            LocalDate day,
            String dedupeKey,
            TodaysPicks.Pick pick) {
        long reminderId = reminder.snoozeOf != null ? reminder.snoozeOf : reminder.id;
        String left = left(goal, remaining);
        Footer footer = new Footer(
                links.unsubscribe(user.id, reminderId),
                links.unsubscribe(user.id, 0),
                links.page(ReminderRoutes.reminders(goal.id)),
                Messages.get("mail_change_reminders"),
                Messages.get("mail_reason_reminder", Times.format(reminder.time), Subjects.clean(goal.title)));
        ReminderMail mail = new ReminderMail(
                user.displayName,
                Subjects.clean(goal.title),
                left,
                links.log(user.id, goal.id, day),
                links.snooze(user.id, reminderId, day),
                goal.measured(),
                Pick.of(pick),
                footer);
        String subject = Messages.get("mail_reminder_subject", goal.title, left);
        return mail(user, dedupeKey, "reminder", reminderId, subject, () -> Templates.reminder(mail), footer);
    }

    Mail digest(User user, Reminder digest, List<OpenGoal> open, String dedupeKey) {
        Footer footer = new Footer(
                links.unsubscribe(user.id, digest.id),
                links.unsubscribe(user.id, 0),
                links.page(MailRoutes.settings()),
                Messages.get("mail_change"),
                Messages.get("mail_reason_digest", Times.format(digest.time)));
        DigestMail mail = new DigestMail(user.displayName, open, links.page(SiteRoutes.home()), footer);
        String subject = Messages.get("mail_digest_subject", open.size());
        return mail(user, dedupeKey, "digest", digest.id, subject, () -> Templates.digest(mail), footer);
    }

    Mail review(User user, Reminder review, String period, List<ReviewRow> rows, String cheer, String dedupeKey) {
        Footer footer = new Footer(
                links.unsubscribe(user.id, review.id),
                links.unsubscribe(user.id, 0),
                links.page(MailRoutes.settings()),
                Messages.get("mail_change"),
                Messages.get("mail_reason_review"));
        ReviewMail mail =
                new ReviewMail(user.displayName, period, rows, cheer, links.page(SiteRoutes.progress()), footer);
        String subject = Messages.get("mail_review_subject", period);
        return mail(user, dedupeKey, "review", review.id, subject, () -> Templates.review(mail), footer);
    }

    OpenGoal open(User user, Goal goal, Remaining remaining, LocalDate day, TodaysPicks.Pick pick) {
        return new OpenGoal(
                Subjects.clean(goal.title), left(goal, remaining), links.log(user.id, goal.id, day), Pick.of(pick));
    }

    /** "12 more minutes today", "Not done yet today", with "2 more days this week" for N-a-week goals. */
    static String left(Goal goal, Remaining remaining) {
        BigDecimal today = remaining.today();
        if (today.signum() == 0) {
            return Messages.get("mail_left_nothing");
        }
        String text = goal.measured()
                ? Messages.get("card_measured_left", Units.plain(today), Units.unitFor(today, goal.unit))
                : Messages.get("mail_left_check");
        String type = goal.scheduleType.name();
        int days = remaining.thisPeriod().intValue();
        if ((type.equals("weekly") || type.equals("monthly")) && days > 0) {
            String period = type.equals("weekly") ? "week" : "month";
            text = text + ", " + Messages.get("card_period_left_" + period, days);
        }
        return text;
    }

    private static Mail mail(
            User user,
            String dedupeKey,
            String kind,
            Long reminderId,
            String subject,
            Supplier<TemplateInstance> template,
            Footer footer) {
        String html = template.get()
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(Variant.TEXT_HTML))
                .render();
        String text = template.get()
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(Variant.TEXT_PLAIN))
                .render();
        return new Mail(
                user.id,
                dedupeKey,
                kind,
                reminderId,
                user.email,
                Subjects.clean(subject),
                text,
                html,
                footer.unsubscribeUrl());
    }
}
