package dev.riyaz.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.MailSender;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Inbox;
import dev.riyaz.testing.MailProfile;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.QueuedMail;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.SmtpServer;
import dev.riyaz.testing.SmtpTest;

import static dev.riyaz.reminder.ReminderFixtures.MONDAY_0759;
import static dev.riyaz.reminder.ReminderFixtures.katas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders delivered through a real SMTP server, with the clock stepped by the test: the mail that arrives, its
 * headers and both its parts. When reminders fire and what they say is tested without SMTP ({@code
 * ReminderTimingTest}, {@code DigestAndReviewTest}, {@code MailLinkPagesTest}).
 */
@QuarkusTest
@TestProfile(MailProfile.class)
@SmtpTest
class ReminderDeliveryTest {

    @Inject
    MailSender sender;

    @Inject
    Rows rows;

    MutableClock clock;

    @BeforeEach
    void start() {
        SmtpServer.up();
        clock = MutableClock.installAt(MONDAY_0759);
    }

    /**
     * Waits for the person's mail. Now and then GreenMail leaves a connection unanswered and the send times out
     * ({@code SmtpOutageTest} covers such failures and their backoff); this test is about what reminders send, so a
     * mail that failed that way is made due again at the test's clock and sent once more.
     */
    private List<Inbox.Received> awaitMail(Person person, int count) {
        await().atMost(Duration.ofSeconds(100))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (Inbox.of(person.email()).size() >= count) {
                        return true;
                    }
                    if (rows.count("outbox_mail", "owner_id = ?1 and status = 'pending' and attempts > 0", person.id())
                            > 0) {
                        rows.execute(
                                "update outbox_mail set next_attempt_at = ?1 where owner_id = ?2 and status = 'pending'",
                                Timestamp.from(clock.instant()),
                                person.id());
                        sender.drain();
                    }
                    return false;
                });
        return Inbox.of(person.email());
    }

    /** Runs the dispatcher at the clock's time, then this node's sender until it has nothing left to send. */
    private void dispatchAt(String at) {
        ReminderFixtures.dispatchAt(clock, Instant.parse(at));
        sender.drain();
    }

    @Test
    void aReminderArrivesAtItsMinuteOnceWithItsLinks() {
        Person person = People.signUp("UTC");
        long reminder = Reminders.addAt(person, katas(person), "08:00");

        dispatchAt("2027-01-04T07:59:59Z");
        assertThat(QueuedMail.of(person.id())).isEmpty();
        assertThat(Inbox.of(person.email())).isEmpty();

        dispatchAt("2027-01-04T08:00:00Z");
        Inbox.Received mail = awaitMail(person, 1).get(0);

        assertThat(mail.subject()).isEqualTo("Katas: Not done yet today");
        assertThat(mail.header("From")).isEqualTo("Riyaz <riyaz@localhost>");
        assertThat(mail.header("List-Unsubscribe")).matches("<https://riyaz\\.example/u/[A-Za-z0-9_.\\-]+>");
        assertThat(mail.header("List-Unsubscribe"))
                .isEqualTo("<" + QueuedMail.only(person.id()).unsubscribeUrl() + ">");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.header("Message-ID")).matches("<[0-9a-f]{32}@riyaz\\.example>");
        assertThat(mail.text())
                .contains("Hi Asha,")
                .contains("Time for Katas.")
                .contains("Not done yet today.")
                .contains("Log it: done: https://riyaz.example/m/log/")
                .contains("Remind me again in 1 hour: https://riyaz.example/m/snooze/")
                .contains("You get this mail because you set a reminder at 08:00 for Katas.");
        assertThat(mail.html())
                .contains("<p style=\"margin:0 0 8px;font-size:20px;font-weight:600\">Time for Katas.</p>");
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isEqualTo("2027-01-05T08:00:00Z");

        // Running again in the same minute, or later that day, queues nothing more; the one mail is marked sent (by
        // whichever sender delivered it: the one woken when it was queued may still be finishing).
        dispatchAt("2027-01-04T08:00:30Z");
        dispatchAt("2027-01-04T12:00:00Z");
        assertThat(QueuedMail.of(person.id())).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(QueuedMail.only(person.id()).status()).isEqualTo("sent"));
        assertThat(Inbox.of(person.email())).hasSize(1);
    }

    @Test
    void aTitleWithLineBreaksAndLettersBeyondAsciiGivesOneCleanSubject() throws Exception {
        Person person = People.signUp("UTC");
        long goal = Goals.create(
                person, Map.of("title", "Übung\r\nBcc: intruder@example.com 🚀", "startDate", "2027-01-01"));
        Reminders.addAt(person, goal, "08:00");

        dispatchAt("2027-01-04T08:00:00Z");

        Inbox.Received mail = awaitMail(person, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Übung Bcc: intruder@example.com 🚀: Not done yet today");
        assertThat(mail.message().getHeader("Bcc")).isNull();
        assertThat(mail.message().getAllRecipients())
                .extracting(Object::toString)
                .containsExactly(person.email());
        assertThat(Inbox.of("intruder@example.com")).isEmpty();
    }
}
