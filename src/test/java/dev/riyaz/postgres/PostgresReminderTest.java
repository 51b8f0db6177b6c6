package dev.riyaz.postgres;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import dev.riyaz.reminder.ReminderDispatcher;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on PostgreSQL: Quartz's tables exist, and dispatchers running at the same time claim due reminders with
 * {@code FOR UPDATE SKIP LOCKED}, so each occurrence is queued exactly once however the work is split.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresReminderTest {

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    Rows rows;

    @Test
    void quartzTablesAreThere() {
        assertThat(rows.count("qrtz_locks", "1 = 1")).isGreaterThanOrEqualTo(0);
        assertThat(rows.list("select sched_name from qrtz_scheduler_state")).isNotNull();
    }

    @Test
    void dispatchersRacingForTheSameMinuteQueueEachOccurrenceOnce() throws Exception {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T07:00:00Z"));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Person person = People.signUp("UTC");
            long goal = Goals.create(person, Map.of("title", "Katas " + i, "startDate", "2027-01-01"));
            Reminders.addAt(person, goal, "08:00");
            people.add(person);
        }
        clock.set(Instant.parse("2027-01-04T08:00:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ReminderDispatcher.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(dispatcher::dispatchDue);
            }
            int queued = 0;
            for (Future<ReminderDispatcher.Run> run : pool.invokeAll(runs)) {
                queued += run.get().queued();
            }
            assertThat(queued).isGreaterThanOrEqualTo(people.size());
        } finally {
            pool.shutdownNow();
        }
        for (Person person : people) {
            assertThat(rows.count("outbox_mail", "owner_id = ? and kind = 'reminder'", person.id()))
                    .as("mails for %s", person.email())
                    .isEqualTo(1);
            assertThat(rows.one("select status from outbox_mail where owner_id = ?", person.id()))
                    .containsEntry("status", "held");
        }
        assertThat(rows.count(
                        "reminder",
                        "kind = 'goal' and next_fire_at <= ?",
                        java.sql.Timestamp.from(Instant.parse("2027-01-04T08:00:00Z"))))
                .isZero();
    }
}
