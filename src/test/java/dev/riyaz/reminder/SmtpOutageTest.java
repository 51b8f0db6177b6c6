package dev.riyaz.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import dev.riyaz.mail.MailSender;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Inbox;
import dev.riyaz.testing.MailProfile;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.SmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail server goes away for a while and comes back: mail waits with growing pauses and arrives exactly once.
 * A profile (and app) of its own: after the server comes back, the mail client's first connection may hang until its
 * timeout, which counts as one more failed try; other tests should not wait for that.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.Outage.class)
class SmtpOutageTest {

    /** The mail profile with a database of its own. */
    public static class Outage extends MailProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.max-pool-size",
                    "1",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:riyaz-outage;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
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
        Thread.sleep(300);
        assertThat(Inbox.of(person.email())).hasSize(1);
        assertThat(rows.one("select status from outbox_mail where owner_id = ?1", person.id()))
                .containsEntry("status", "sent");
        assertThat(attempts(person)).isBetween(4L, 6L);
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
