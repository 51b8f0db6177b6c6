package dev.riyaz.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Links;
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
 * What the daily digest, the weekly review and today's pick say, read from the mail as queued in the outbox at a fixed
 * clock (no mail server here, so mail is held there rendered as it would be sent).
 */
@QuarkusTest
class DigestAndReviewTest {

    MutableClock clock;

    @BeforeEach
    void start() {
        clock = MutableClock.installAt(MONDAY_0759);
    }

    private void dispatchAt(String at) {
        ReminderFixtures.dispatchAt(clock, Instant.parse(at));
    }

    private static void askForTheDailyDigestAt(Person person, String time) {
        person.api()
                .body(Map.of("digest", "daily", "digestTime", time))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200);
    }

    @Test
    void remindersAndTheDigestSuggestTodaysPickAndItMovesOnWithUse() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        long first = addResource(person, goal, "https://exercism.org/tracks/python", "<b>Exercism</b> & friends");
        addResource(person, goal, "https://docs.python.org/3/tutorial/", "Tutorial");

        dispatchAt("2027-01-04T08:00:00Z");
        QueuedMail.Mail mail = QueuedMail.only(person.id());
        assertThat(mail.text()).contains("Today's pick: <b>Exercism</b> & friends\nhttps://exercism.org/tracks/python");
        assertThat(mail.html())
                .contains("Today&#39;s pick: <a href=\"https://exercism.org/tracks/python\"")
                .contains("&lt;b&gt;Exercism&lt;/b&gt; &amp; friends</a>")
                .doesNotContain("<b>Exercism</b>");

        // Practising with it (on another day, so the goal is open again) moves the pick to the next one.
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-03", "resourceId", first));
        askForTheDailyDigestAt(person, "07:30");
        dispatchAt("2027-01-05T07:30:00Z");
        QueuedMail.Mail digest = QueuedMail.of(person.id()).stream()
                .filter(m -> m.subject().contains("still open"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.text()).contains("Today's pick: Tutorial: https://docs.python.org/3/tutorial/");
        assertThat(digest.html()).contains(">Tutorial</a>");
    }

    @Test
    void theDailyDigestListsOnlyTheGoalsStillOpen() {
        Person person = People.signUp("UTC");
        long katas = katas(person);
        pythonMinutes(person, "2027-01-01");
        askForTheDailyDigestAt(person, "07:30");
        clock.set(Instant.parse("2027-01-05T07:00:00Z"));
        Goals.log(person, katas, Map.of("date", "2027-01-05"));
        dispatchAt("2027-01-05T07:30:00Z");

        QueuedMail.Mail digest = QueuedMail.only(person.id());
        assertThat(digest.kind()).isEqualTo("digest");
        assertThat(digest.subject()).isEqualTo("1 goal still open today");
        assertThat(digest.text())
                .contains("Still open today:")
                .contains("- Python: 30 more minutes today.")
                .doesNotContain("Katas")
                .contains("You get this daily summary at 07:30 because you asked for it.");
        assertThat(digest.html())
                .contains("<strong>Python</strong>: 30 more minutes today.")
                .doesNotContain("Katas");
    }

    @Test
    void theWeeklyReviewLooksBackOnTheWeek() {
        Person person = People.signUp("UTC");
        long katas = Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-04"));
        long python = pythonMinutes(person, "2027-01-04");
        clock.set(Instant.parse("2027-01-10T12:00:00Z"));
        for (String day : List.of("2027-01-04", "2027-01-05", "2027-01-07")) {
            Goals.log(person, katas, Map.of("date", day));
        }
        Goals.log(person, katas, Map.of("date", "2027-01-09", "status", "skipped"));
        Goals.log(person, python, Map.of("date", "2027-01-04", "amount", 20));
        Goals.log(person, python, Map.of("date", "2027-01-06", "amount", 40));

        // Sunday 18:00 is the default review time; Sunday is the last day of a Monday week.
        dispatchAt("2027-01-10T18:00:00Z");

        QueuedMail.Mail review = QueuedMail.only(person.id());
        assertThat(review.kind()).isEqualTo("review");
        assertThat(review.subject()).isEqualTo("Your week of practice: Mon 4 Jan to Sun 10 Jan");
        assertThat(review.text())
                .contains("Your week: Mon 4 Jan to Sun 10 Jan")
                .contains("Katas\n  3 of 7 planned days")
                .contains("Python\n  1 of 7 planned days, 60 minutes")
                .contains("Mon 4 Jan: counted; Tue 5 Jan: counted; Wed 6 Jan: no practice; Thu 7 Jan: counted;"
                        + " Fri 8 Jan: no practice; Sat 9 Jan: day off; Sun 10 Jan: no practice")
                .contains("Mon 4 Jan: practised; Tue 5 Jan: no practice; Wed 6 Jan: counted")
                .contains("You met your goals 4 times last week.");
        assertThat(review.html())
                .contains("<table role=\"presentation\"")
                .contains("title=\"Thu 7 Jan: counted\"")
                .contains("title=\"Sat 9 Jan: day off\"")
                .doesNotContain("<img");
        assertThat(review.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .as("the legend under the rows, in words")
                .contains("\u2713 goal met \u2022 practised \u2013 day off no practice");
    }

    @Test
    void mailsUseTheAppsAccentColour() throws java.io.IOException {
        String css;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/css/riyaz.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher accent =
                java.util.regex.Pattern.compile("--accent: (#[0-9a-f]{6});").matcher(css);
        assertThat(accent.find()).isTrue();
        Person person = People.signUp("UTC");
        Reminders.addAt(person, katas(person), "08:00");
        dispatchAt("2027-01-04T08:00:00Z");
        String html = QueuedMail.only(person.id()).html();
        assertThat(html)
                .as("the Done button and the links in %s", accent.group(1))
                .contains("background:" + accent.group(1) + ";color:#ffffff")
                .contains("style=\"color:" + accent.group(1) + "\"")
                .doesNotContain("#8a3b12");
    }

    private static long addResource(Person person, long goal, String url, String title) {
        return Links.create(person.api(), Map.of("url", url, "title", title, "goalIds", List.of(goal)));
    }
}
