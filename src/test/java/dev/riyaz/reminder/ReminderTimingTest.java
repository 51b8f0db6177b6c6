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

import static dev.riyaz.reminder.ReminderFixtures.MONDAY_0759;
import static dev.riyaz.reminder.ReminderFixtures.katas;
import static dev.riyaz.reminder.ReminderFixtures.pythonMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a reminder mails and what it says in its subject, decided at a fixed clock: at its minute and only then, only
 * while something is left to do, once. The dispatcher's decisions are read from the outbox (no mail server here: mail
 * is held there), so "nothing was sent" is a fact, not a wait; {@code ReminderDeliveryTest} delivers through SMTP.
 */
@QuarkusTest
class ReminderTimingTest {

    MutableClock clock;

    @BeforeEach
    void start() {
        clock = MutableClock.installAt(MONDAY_0759);
    }

    private ReminderDispatcher.Run dispatchAt(String at) {
        return ReminderFixtures.dispatchAt(clock, Instant.parse(at));
    }

    @Test
    void aReminderIsQueuedAtItsMinuteAndOnlyOnce() {
        Person person = People.signUp("UTC");
        long reminder = Reminders.addAt(person, katas(person), "08:00");

        dispatchAt("2027-01-04T07:59:59Z");
        assertThat(QueuedMail.of(person.id())).isEmpty();

        dispatchAt("2027-01-04T08:00:00Z");
        QueuedMail.Mail mail = QueuedMail.only(person.id());
        assertThat(mail.kind()).isEqualTo("reminder");
        assertThat(mail.subject()).isEqualTo("Katas: Not done yet today");
        assertThat(mail.status()).isEqualTo("held");
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isEqualTo("2027-01-05T08:00:00Z");

        // Running again in the same minute, or later that day, queues nothing more.
        dispatchAt("2027-01-04T08:00:30Z");
        dispatchAt("2027-01-04T12:00:00Z");
        assertThat(QueuedMail.subjects(person.id())).containsExactly("Katas: Not done yet today");
    }

    @Test
    void aCheckGoalDoneTodayStaysSilent() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04"));

        ReminderDispatcher.Run run = dispatchAt("2027-01-04T08:00:00Z");

        assertThat(run.skippedDone()).isGreaterThanOrEqualTo(1);
        assertThat(QueuedMail.of(person.id())).isEmpty();
        // The next day is not done: it reminds again.
        dispatchAt("2027-01-05T08:00:00Z");
        assertThat(QueuedMail.only(person.id()).subject()).isEqualTo("Katas: Not done yet today");
    }

    @Test
    void aMeasuredGoalSaysWhatIsLeftAndIsSilentAtItsTarget() {
        Person person = People.signUp("UTC");
        long goal = pythonMinutes(person, "2027-01-01");
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "amount", 20));

        dispatchAt("2027-01-04T08:00:00Z");
        QueuedMail.Mail mail = QueuedMail.only(person.id());
        assertThat(mail.subject()).isEqualTo("Python: 10 more minutes today");
        assertThat(mail.text()).contains("10 more minutes today.").contains("Log it: https://riyaz.example/m/log/");

        clock.set(Instant.parse("2027-01-05T07:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-05", "amount", 30));
        dispatchAt("2027-01-05T08:00:00Z");
        dispatchAt("2027-01-06T08:00:00Z");
        assertThat(QueuedMail.subjects(person.id()))
                .containsExactly("Python: 10 more minutes today", "Python: 30 more minutes today");
    }

    @Test
    void aThreeTimesAWeekGoalIsSilentOnceItsWeekIsMet() {
        Person person = People.signUp("UTC");
        long goal = Goals.create(
                person,
                Map.of(
                        "title",
                        "Problems",
                        "schedule",
                        Map.of("type", "weekly", "times", 3),
                        "startDate",
                        "2027-01-01"));
        Reminders.addAt(person, goal, "20:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04"));
        clock.set(Instant.parse("2027-01-06T19:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-05"));

        dispatchAt("2027-01-06T20:00:00Z"); // Wednesday: 1 more day needed
        assertThat(QueuedMail.only(person.id()).subject())
                .isEqualTo("Problems: Not done yet today, 1 more day this week");

        clock.set(Instant.parse("2027-01-07T19:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-07"));
        dispatchAt("2027-01-07T20:00:00Z"); // done today and the week is met
        dispatchAt("2027-01-08T20:00:00Z"); // Friday: the week is met, nothing to do
        assertThat(QueuedMail.of(person.id())).hasSize(1);

        dispatchAt("2027-01-11T20:00:00Z"); // a new week
        assertThat(QueuedMail.subjects(person.id()))
                .containsExactly(
                        "Problems: Not done yet today, 1 more day this week",
                        "Problems: Not done yet today, 3 more days this week");
    }

    @Test
    void afterDowntimeARecentReminderIsStillSentAndAnOldOneIsDropped() {
        clock.set(Instant.parse("2027-01-04T05:00:00Z"));
        Person person = People.signUp("UTC");
        long katas = katas(person);
        long python = Goals.create(person, Map.of("title", "Python", "startDate", "2027-01-01"));
        long early = Reminders.addAt(person, katas, "06:00");
        long late = Reminders.addAt(person, python, "07:00");

        // Riyaz was down from before 06:00 until 08:30: 07:00 is within the 2-hour grace, 06:00 is not.
        ReminderDispatcher.Run run = dispatchAt("2027-01-04T08:30:00Z");

        assertThat(run.dropped()).isGreaterThanOrEqualTo(1);
        assertThat(QueuedMail.subjects(person.id())).containsExactly("Python: Not done yet today");
        assertThat(Reminders.get(person, early).getString("nextFireAt")).isEqualTo("2027-01-05T06:00:00Z");
        assertThat(Reminders.get(person, late).getString("nextFireAt")).isEqualTo("2027-01-05T07:00:00Z");
    }

    @Test
    void remindersFireAtLocalTimeAcrossDaylightSavingAndOddOffsets() {
        clock.set(Instant.parse("2027-03-13T12:00:00Z"));
        Person newYork = People.signUp("America/New_York");
        Reminders.addAt(newYork, katas(newYork), "02:30");
        Person kolkata = People.signUp("Asia/Kolkata");
        Reminders.addAt(kolkata, katas(kolkata), "00:20");

        // 2027-03-14 02:30 does not exist in New York: it fires at 03:30 EDT = 07:30 UTC, not before.
        assertFiresAtAndNotBefore(newYork, "2027-03-14T07:30:00Z");
        // 00:20 in Kolkata (UTC+05:30) on 15 March is 18:50 UTC on 14 March.
        assertFiresAtAndNotBefore(kolkata, "2027-03-14T18:50:00Z");

        // Kathmandu is UTC+05:45: 08:00 there on 15 March is 02:15 UTC.
        Person kathmandu = People.signUp("Asia/Kathmandu");
        Reminders.addAt(kathmandu, katas(kathmandu), "08:00");
        assertFiresAtAndNotBefore(kathmandu, "2027-03-15T02:15:00Z");

        // Lord Howe Island moves its clocks by half an hour: on 2027-10-03 02:00 (+10:30) jumps to 02:30 (+11:00), so a
        // 02:15 reminder fires at 02:45 local, 15:45 UTC the day before.
        clock.set(Instant.parse("2027-10-02T00:00:00Z"));
        Person lordHowe = People.signUp("Australia/Lord_Howe");
        Reminders.addAt(lordHowe, katas(lordHowe), "02:15");
        assertFiresAtAndNotBefore(lordHowe, "2027-10-02T15:45:00Z");

        // 2027-11-07 01:30 happens twice in New York; 02:30 once. A 01:30 reminder fires at the first 01:30 only.
        clock.set(Instant.parse("2027-11-06T12:00:00Z"));
        Person fallBack = People.signUp("America/New_York");
        Reminders.addAt(fallBack, katas(fallBack), "01:30");
        dispatchAt("2027-11-07T05:30:00Z");
        assertThat(QueuedMail.of(fallBack.id())).hasSize(1);
        dispatchAt("2027-11-07T06:30:00Z");
        assertThat(QueuedMail.of(fallBack.id())).hasSize(1);
    }

    /** Nothing is queued for the person a second before {@code at}; at {@code at}, one mail is. */
    private void assertFiresAtAndNotBefore(Person person, String at) {
        Instant due = Instant.parse(at);
        ReminderFixtures.dispatchAt(clock, due.minusSeconds(1));
        assertThat(QueuedMail.of(person.id())).isEmpty();
        ReminderFixtures.dispatchAt(clock, due);
        assertThat(QueuedMail.of(person.id())).hasSize(1);
    }
}
