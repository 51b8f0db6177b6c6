package dev.riyaz.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;

/**
 * The mail Riyaz queued for one person, read from the outbox table in the order it was queued. Without a mail server
 * (the test default) mail is held there, rendered as it would be sent: tests of what reminders decide and say read it
 * here, at a fixed clock, with no SMTP server and nothing to wait for.
 */
public final class QueuedMail {

    /** One outbox row: what it is, for which reminder occurrence, its status and the mail as rendered. */
    public record Mail(String kind, String subject, String text, String html, String status, String unsubscribeUrl) {

        /** The path of the first link in the text part that starts with {@code prefix}, as {@link Inbox} finds it. */
        public String link(String prefix) {
            return Inbox.link(text, prefix);
        }
    }

    private QueuedMail() {}

    /** Every mail queued for the person so far, oldest first. */
    public static List<Mail> of(long ownerId) {
        List<Map<String, Object>> rows = Arc.container()
                .instance(Rows.class)
                .get()
                .list(
                        "select kind, subject, text_body, html_body, status, unsubscribe_url from outbox_mail"
                                + " where owner_id = ?1 and channel = 'mail' order by created_at, id",
                        ownerId);
        return rows.stream()
                .map(row -> new Mail(
                        (String) row.get("kind"),
                        (String) row.get("subject"),
                        lines((String) row.get("text_body")),
                        lines((String) row.get("html_body")),
                        (String) row.get("status"),
                        (String) row.get("unsubscribe_url")))
                .toList();
    }

    /** The subjects of every mail queued for the person, oldest first. */
    public static List<String> subjects(long ownerId) {
        return of(ownerId).stream().map(Mail::subject).toList();
    }

    /** The only mail queued for the person; fails when there is none or more than one. */
    public static Mail only(long ownerId) {
        List<Mail> mails = of(ownerId);
        if (mails.size() != 1) {
            throw new AssertionError("Expected one queued mail but found " + mails.size() + ": " + mails);
        }
        return mails.get(0);
    }

    private static String lines(String part) {
        return part == null ? null : part.replace("\r\n", "\n");
    }
}
