package dev.riyaz.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import org.junit.jupiter.api.Test;

import dev.riyaz.mail.MailSender;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Inbox;
import dev.riyaz.testing.MailProfile;
import dev.riyaz.testing.Metrics;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.SmtpServer;
import dev.riyaz.testing.SmtpTest;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The mail server goes away for a while and comes back: mail waits with growing pauses and arrives exactly once.
 * A profile (and app) of its own: after the server comes back, the mail client's first connection may hang until its
 * timeout, which counts as one more failed try; other tests should not wait for that.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.Outage.class)
@SmtpTest
class SmtpOutageTest {

    /** The mail profile with a database (and so an app) of its own. */
    public static class Outage extends MailProfile {
        @Override
        protected String database() {
            return "riyaz-outage";
        }
    }

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    MailSender sender;

    @Inject
    Rows rows;

    @Test
    void whileTheMailServerIsDownMailWaitsWithGrowingPausesThenArrivesOnce() throws Exception {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T07:59:00Z"));
        Person person = People.signUp("UTC");
        long goal = Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-01"));
        Reminders.addAt(person, goal, "08:00");
        SmtpServer.down();
        try {
            clock.set(Instant.parse("2027-01-04T08:00:00Z"));
            dispatcher.dispatchDue();
            sender.drain();
            await().atMost(Duration.ofSeconds(15)).until(() -> attempts(person) == 1);
            assertThat(nextAttempt(person)).isEqualTo("2027-01-04T08:01:00Z");

            clock.set(Instant.parse("2027-01-04T08:00:59Z"));
            sender.drain();
            assertThat(attempts(person)).isEqualTo(1);

            clock.set(Instant.parse("2027-01-04T08:01:00Z"));
            sender.drain();
            assertThat(attempts(person)).isEqualTo(2);
            assertThat(nextAttempt(person)).isEqualTo("2027-01-04T08:03:00Z");

            clock.set(Instant.parse("2027-01-04T08:03:00Z"));
            sender.drain();
            assertThat(attempts(person)).isEqualTo(3);
            assertThat(nextAttempt(person)).isEqualTo("2027-01-04T08:07:00Z");

            // The health check shows the waiting mail and how long it has waited (3 minutes by the test's clock).
            RestAssured.get("/q/health")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(1))
                    .body("checks.find { it.name == 'outbox' }.data.oldestPendingSeconds", equalTo(180));
            assertThat(Metrics.sum("riyaz_mails_retried_total")).isGreaterThanOrEqualTo(3);
        } finally {
            SmtpServer.up();
        }
        // Back up: the next tries deliver it (the first may still time out on a connection from before the outage).
        for (int i = 0; i < 5 && Inbox.of(person.email()).isEmpty(); i++) {
            clock.set(Instant.parse(nextAttempt(person)));
            sender.drain();
        }
        assertThat(Inbox.of(person.email())).hasSize(1);
        clock.set(Instant.parse("2027-01-04T12:00:00Z"));
        dispatcher.dispatchDue();
        sender.drain();
        // The dispatcher queued nothing more and the sender has sent what it had: nothing else can arrive.
        assertThat(rows.one("select status from outbox_mail where owner_id = ?1", person.id()))
                .containsEntry("status", "sent");
        assertThat(Inbox.of(person.email())).hasSize(1);
        assertThat(attempts(person)).isBetween(4L, 6L);
        assertThat(Metrics.sum("riyaz_mails_sent_total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void mailTheServerNeverTakesIsGivenUpAfterThreeDaysAndShownAsFailed() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-02-01T02:00:00Z"));
        // Signed up in Asia/Kolkata: 08:00 there is 02:30 UTC.
        WebForms.Visitor browser = WebForms.signedUp("outage-" + System.nanoTime() + "@example.com");
        long person = browser.userId();
        Person api = new Person(person, null, null);
        browser.post("/goals/new", "/goals", Map.of("title", "Katas", "scheduleType", "daily", "kind", "check"));
        long goal = ((Number) rows.one("select id from goal where owner_id = ?1", person)
                        .get("id"))
                .longValue();
        browser.post(
                "/goals/" + goal + "/reminders",
                "/goals/" + goal + "/reminders",
                Map.of("time", "08:00", "days", java.util.List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")));
        double failedBefore = Metrics.sum("riyaz_mails_failed_total");
        SmtpServer.down();
        try {
            clock.set(Instant.parse("2027-02-01T02:30:00Z"));
            dispatcher.dispatchDue();
            sender.drain();
            await().atMost(Duration.ofSeconds(15)).until(() -> attempts(api) == 1);
            // Keep trying whenever a try is due, until three days have passed.
            for (int i = 0; i < 400 && !"failed".equals(status(api)); i++) {
                clock.set(Instant.parse(nextAttempt(api)));
                sender.drain();
            }
        } finally {
            SmtpServer.up();
        }
        assertThat(status(api)).isEqualTo("failed");
        assertThat(Instant.parse(nextAttempt(api))).isBefore(Instant.parse("2027-02-04T03:00:00Z"));
        assertThat(Metrics.sum("riyaz_mails_failed_total")).isEqualTo(failedBefore + 1);
        browser.get("/settings/mail")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Could not be sent"));
    }

    private String status(Person person) {
        return (String)
                rows.one("select status from outbox_mail where owner_id = ?1 and kind = 'reminder'", person.id())
                        .get("status");
    }

    private long attempts(Person person) {
        return ((Number) rows.one("select attempts from outbox_mail where owner_id = ?1", person.id())
                        .get("attempts"))
                .longValue();
    }

    private String nextAttempt(Person person) {
        Object value = rows.one("select next_attempt_at from outbox_mail where owner_id = ?1", person.id())
                .get("next_attempt_at");
        return value instanceof java.time.OffsetDateTime time
                ? time.toInstant().toString()
                : java.sql.Timestamp.class.isInstance(value)
                        ? ((java.sql.Timestamp) value).toInstant().toString()
                        : value.toString();
    }
}
