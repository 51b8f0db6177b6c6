package dev.riyaz.reminder;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.QueuedMail;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.WebForms;

import static dev.riyaz.reminder.ReminderFixtures.MONDAY_0759;
import static dev.riyaz.reminder.ReminderFixtures.katas;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders page says when today's mail will be skipped, and the dispatcher then indeed sends none: the page and
 * the mail follow one rule. Monday 4 January 2027 at 07:59 UTC, a reminder at 08:00 every day.
 */
@QuarkusTest
class ReminderSkipPagesTest {

    MutableClock clock;

    @BeforeEach
    void start() {
        clock = MutableClock.installAt(MONDAY_0759);
    }

    @Test
    void notDoneTodayTheNextMailIsToday() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");

        assertThat(page(person, goal)).contains("Next mail: Mon 4 Jan, 08:00").doesNotContain("no mail today");
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(QueuedMail.subjects(person.id())).containsExactly("Katas: Not done yet today");
    }

    @Test
    void doneTodayThePageSaysSoAndNamesTomorrowsMail() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04"));

        assertThat(page(person, goal))
                .contains("Today is done, so no mail today. Next: Tue 5 Jan, 08:00")
                .doesNotContain("Next mail: Mon 4 Jan");
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(QueuedMail.of(person.id())).isEmpty();
    }

    @Test
    void aDayOffTodayIsNamedAsOne() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "status", "skipped"));

        assertThat(page(person, goal)).contains("Today is a day off, so no mail today. Next: Tue 5 Jan, 08:00");
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(QueuedMail.of(person.id())).isEmpty();
    }

    @Test
    void aDayTheGoalDoesNotPlanHasNoMail() {
        Person person = People.signUp("UTC");
        long goal = Goals.create(
                person, Map.of("title", "Katas", "startDate", "2027-01-01", "schedule", Goals.weekdays("TUE", "THU")));
        Reminders.addAt(person, goal, "08:00");

        assertThat(page(person, goal))
                .contains("Nothing is left to do today, so no mail today. Next: Tue 5 Jan, 08:00");
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(QueuedMail.of(person.id())).isEmpty();
    }

    @Test
    void aReminderThatAlwaysMailsStillComesWhenTodayIsDone() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.add(person, goal, Map.of("time", "08:00", "onlyIfNotDone", false));
        Goals.log(person, goal, Map.of("date", "2027-01-04"));

        assertThat(page(person, goal)).contains("Next mail: Mon 4 Jan, 08:00").doesNotContain("no mail today");
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(QueuedMail.of(person.id())).hasSize(1);
    }

    private static String page(Person person, long goal) {
        WebForms.Visitor visitor = WebForms.visitor();
        assertThat(visitor.logIn(person.email(), People.PASSWORD).getStatusCode())
                .isEqualTo(303);
        return visitor.get(ReminderRoutes.reminders(goal))
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
