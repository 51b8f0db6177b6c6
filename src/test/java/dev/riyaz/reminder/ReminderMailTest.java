package dev.riyaz.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.LinkTokens;
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
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reminders end to end against a real SMTP server, with the clock stepped by the test: a reminder arrives at its
 * minute and only then, only while something is left to do, once; its links work without logging in.
 */
@QuarkusTest
@TestProfile(MailProfile.class)
class ReminderMailTest {

    /** Monday 4 January 2027, a minute before eight in the morning UTC. */
    static final Instant MONDAY_0759 = Instant.parse("2027-01-04T07:59:00Z");

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    MailSender sender;

    @Inject
    LinkTokens tokens;

    @Inject
    Rows rows;

    MutableClock clock;

    @BeforeEach
    void start() {
        SmtpServer.up();
        clock = MutableClock.installAt(MONDAY_0759);
    }

    private Person personWithGoal(String zone) {
        return People.signUp(zone);
    }

    /** A daily check goal "Katas" that started on 1 January 2027. */
    private static long katas(Person person) {
        return Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-01"));
    }

    /** A daily goal "Python" of 30 minutes. */
    private static long pythonMinutes(Person person, String startDate) {
        return Goals.create(
                person,
                Map.of(
                        "title",
                        "Python",
                        "kind",
                        "measured",
                        "unit",
                        "minutes",
                        "dailyTarget",
                        30,
                        "startDate",
                        startDate));
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
                                java.sql.Timestamp.from(clock.instant()),
                                person.id());
                        sender.drain();
                    }
                    return false;
                });
        return Inbox.of(person.email());
    }

    /** Runs the dispatcher at the clock's time and waits until this node's sender has nothing left to send. */
    private ReminderDispatcher.Run dispatchAt(Instant at) {
        clock.set(at);
        ReminderDispatcher.Run run = dispatcher.dispatchDue();
        sender.drain();
        return run;
    }

    @Test
    void aReminderArrivesAtItsMinuteOnceWithItsLinks() throws Exception {
        Person person = personWithGoal("UTC");
        long goal = katas(person);
        long reminder = Reminders.addAt(person, goal, "08:00");

        dispatchAt(Instant.parse("2027-01-04T07:59:59Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(person.email())).isEmpty();

        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        Inbox.Received mail = awaitMail(person, 1).get(0);

        assertThat(mail.subject()).isEqualTo("Katas: Not done yet today");
        assertThat(mail.header("From")).isEqualTo("Riyaz <riyaz@localhost>");
        assertThat(mail.header("List-Unsubscribe")).matches("<https://riyaz\\.example/u/[A-Za-z0-9_.\\-]+>");
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

        // Running again in the same minute, or later that day, sends nothing more.
        dispatchAt(Instant.parse("2027-01-04T08:00:30Z"));
        dispatchAt(Instant.parse("2027-01-04T12:00:00Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(person.email())).hasSize(1);
        assertThat(rows.one("select status, attempts from outbox_mail where owner_id = ?1", person.id()))
                .containsEntry("status", "sent");
    }

    @Test
    void remindersAndTheDigestSuggestTodaysPickAndItMovesOnWithUse() {
        Person person = personWithGoal("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        long first = person.api()
                .body(Map.of(
                        "url", "https://exercism.org/tracks/python",
                        "title", "<b>Exercism</b> & friends",
                        "goalIds", java.util.List.of(goal)))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        person.api()
                .body(Map.of(
                        "url",
                        "https://docs.python.org/3/tutorial/",
                        "title",
                        "Tutorial",
                        "goalIds",
                        java.util.List.of(goal)))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);

        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        Inbox.Received mail = awaitMail(person, 1).get(0);
        assertThat(mail.text()).contains("Today's pick: <b>Exercism</b> & friends\nhttps://exercism.org/tracks/python");
        assertThat(mail.html())
                .contains("Today&#39;s pick: <a href=\"https://exercism.org/tracks/python\"")
                .contains("&lt;b&gt;Exercism&lt;/b&gt; &amp; friends</a>")
                .doesNotContain("<b>Exercism</b>");

        // Practising with it (on another day, so the goal is open again) moves the pick to the next one.
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-03", "resourceId", first));
        person.api()
                .body(Map.of("digest", "daily", "digestTime", "07:30"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200);
        dispatchAt(Instant.parse("2027-01-05T07:30:00Z"));
        Inbox.Received digest = awaitMail(person, 2).stream()
                .filter(m -> m.subject().contains("still open"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.text()).contains("Today's pick: Tutorial: https://docs.python.org/3/tutorial/");
        assertThat(digest.html()).contains(">Tutorial</a>");
    }

    @Test
    void aCheckGoalDoneTodayStaysSilent() throws Exception {
        Person person = personWithGoal("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04"));

        ReminderDispatcher.Run run = dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));

        assertThat(run.skippedDone()).isGreaterThanOrEqualTo(1);
        Thread.sleep(300);
        assertThat(Inbox.of(person.email())).isEmpty();
        // The next day is not done: it reminds again.
        dispatchAt(Instant.parse("2027-01-05T08:00:00Z"));
        assertThat(awaitMail(person, 1).get(0).subject()).isEqualTo("Katas: Not done yet today");
    }

    @Test
    void aMeasuredGoalSaysWhatIsLeftAndIsSilentAtItsTarget() {
        Person person = personWithGoal("UTC");
        long goal = pythonMinutes(person, "2027-01-01");
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "amount", 20));

        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        Inbox.Received mail = awaitMail(person, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Python: 10 more minutes today");
        assertThat(mail.text()).contains("10 more minutes today.").contains("Log it: https://riyaz.example/m/log/");

        clock.set(Instant.parse("2027-01-05T07:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-05", "amount", 30));
        dispatchAt(Instant.parse("2027-01-05T08:00:00Z"));
        dispatchAt(Instant.parse("2027-01-06T08:00:00Z"));
        List<Inbox.Received> all = awaitMail(person, 2);
        assertThat(all)
                .extracting(Inbox.Received::subject)
                .containsExactly("Python: 10 more minutes today", "Python: 30 more minutes today");
    }

    @Test
    void aThreeTimesAWeekGoalIsSilentOnceItsWeekIsMet() throws Exception {
        Person person = personWithGoal("UTC");
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

        dispatchAt(Instant.parse("2027-01-06T20:00:00Z")); // Wednesday: 1 more day needed
        assertThat(awaitMail(person, 1).get(0).subject())
                .isEqualTo("Problems: Not done yet today, 1 more day this week");

        clock.set(Instant.parse("2027-01-07T19:00:00Z"));
        Goals.log(person, goal, Map.of("date", "2027-01-07"));
        dispatchAt(Instant.parse("2027-01-07T20:00:00Z")); // done today and the week is met
        dispatchAt(Instant.parse("2027-01-08T20:00:00Z")); // Friday: the week is met, nothing to do
        Thread.sleep(300);
        assertThat(Inbox.of(person.email())).hasSize(1);

        dispatchAt(Instant.parse("2027-01-11T20:00:00Z")); // a new week
        assertThat(awaitMail(person, 2).get(1).subject())
                .isEqualTo("Problems: Not done yet today, 3 more days this week");
    }

    @Test
    void theDailyDigestListsOnlyTheGoalsStillOpen() {
        Person person = personWithGoal("UTC");
        long katas = katas(person);
        pythonMinutes(person, "2027-01-01");
        person.api()
                .body(Map.of("digest", "daily", "digestTime", "07:30"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200);
        clock.set(Instant.parse("2027-01-05T07:00:00Z"));
        Goals.log(person, katas, Map.of("date", "2027-01-05"));
        dispatchAt(Instant.parse("2027-01-05T07:30:00Z"));

        Inbox.Received digest = awaitMail(person, 1).get(0);
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
        Person person = personWithGoal("UTC");
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
        dispatchAt(Instant.parse("2027-01-10T18:00:00Z"));

        Inbox.Received review = awaitMail(person, 1).get(0);
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
    }

    @Test
    void snoozeRemindsOnceMoreAnHourLater() {
        Person person = personWithGoal("UTC");
        long goal = katas(person);
        Reminders.addAt(person, goal, "08:00");
        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        String snooze = awaitMail(person, 1).get(0).link("/m/snooze/");

        clock.set(Instant.parse("2027-01-04T08:05:00Z"));
        // Opening the link (a mail scanner might) changes nothing.
        RestAssured.given().get(snooze).then().statusCode(200).body(containsString("Remind me at 09:05"));
        assertThat(rows.count("reminder", "kind = 'snooze' and owner_id = ?1", person.id()))
                .isZero();

        WebForms.visitor()
                .post(snooze, snooze, Map.of())
                .then()
                .statusCode(200)
                .body(containsString("We will remind you about Katas again at 09:05."));

        dispatchAt(Instant.parse("2027-01-04T09:04:59Z"));
        dispatchAt(Instant.parse("2027-01-04T09:05:00Z"));
        List<Inbox.Received> mails = awaitMail(person, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).isEqualTo("Katas: Not done yet today");
        assertThat(rows.count("reminder", "kind = 'snooze' and owner_id = ?1", person.id()))
                .isZero();
    }

    @Test
    void theLogItLinkLogsOnceAfterAConfirmation() {
        Person person = personWithGoal("UTC");
        long goal = pythonMinutes(person, "2027-01-01");
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "amount", 12));
        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        String log = awaitMail(person, 1).get(0).link("/m/log/");

        RestAssured.given()
                .get(log)
                .then()
                .statusCode(200)
                .body(containsString("Log practice for Python?"))
                .body(containsString("value=\"18\""));
        assertThat(rows.count("practice_entry", "goal_id = ?1", goal)).isEqualTo(1);

        WebForms.Visitor browser = WebForms.visitor();
        browser.post(log, log, Map.of("amount", "18"))
                .then()
                .statusCode(200)
                .body(containsString("Python is logged for Mon 4 Jan."));
        browser.post(log, log, Map.of("amount", "18")).then().statusCode(200);

        assertThat(rows.list(
                        "select amount, source, entry_date from practice_entry where goal_id = ?1 order by id", goal))
                .hasSize(2)
                .last()
                .satisfies(entry -> {
                    assertThat(entry.get("source")).isEqualTo("email");
                    assertThat(entry.get("entry_date").toString()).isEqualTo("2027-01-04");
                    assertThat(new java.math.BigDecimal(entry.get("amount").toString()))
                            .isEqualByComparingTo("18");
                });
    }

    @Test
    void oneClickUnsubscribeWorksWithoutLoggingInAndOpeningTheLinkDoesNot() {
        Person person = personWithGoal("UTC");
        long goal = katas(person);
        long reminder = Reminders.addAt(person, goal, "08:00");
        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));
        Inbox.Received mail = awaitMail(person, 1).get(0);
        String unsubscribe = mail.header("List-Unsubscribe").replaceAll("^<https://riyaz\\.example|>$", "");

        RestAssured.given()
                .redirects()
                .follow(false)
                .get(unsubscribe)
                .then()
                .statusCode(200)
                .body(containsString("Stop the 08:00 reminder for Katas?"));
        assertThat(Reminders.get(person, reminder).getBoolean("enabled")).isTrue();

        String tampered =
                unsubscribe.substring(0, unsubscribe.length() - 2) + (unsubscribe.endsWith("A") ? "BB" : "AA");
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post(tampered)
                .then()
                .statusCode(404);
        RestAssured.given().get(tampered).then().statusCode(404);
        assertThat(Reminders.get(person, reminder).getBoolean("enabled")).isTrue();

        // What a mail provider sends (RFC 8058): no cookie, no form token.
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post(unsubscribe)
                .then()
                .statusCode(200);
        assertThat(Reminders.get(person, reminder).getBoolean("enabled")).isFalse();
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isNull();

        dispatchAt(Instant.parse("2027-01-05T08:00:00Z"));
        assertThat(Inbox.of(person.email())).hasSize(1);

        // "Stop all mail" from the footer, through the confirm page's button.
        String all = mail.link("/u/");
        String stopAll = mail.text()
                .lines()
                .filter(line -> line.startsWith("Stop all mail from Riyaz: "))
                .findFirst()
                .orElseThrow()
                .replace("Stop all mail from Riyaz: https://riyaz.example", "");
        assertThat(stopAll).isNotEqualTo(all);
        RestAssured.given().get(stopAll).then().statusCode(200).body(containsString("Stop all mail from Riyaz?"));
        RestAssured.given()
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .post(stopAll + "?from=page")
                .then()
                .statusCode(303)
                .header("Location", stopAll + "/done");
        person.api().get("/api/v1/me/mail").then().body("allMail", equalTo(false));
    }

    @Test
    void aLinkMadeForOnePersonNeverTouchesAnothersReminder() {
        Person owner = personWithGoal("UTC");
        Person other = personWithGoal("UTC");
        long reminder = Reminders.addAt(owner, Goals.check(owner, "Katas"), "08:00");
        String forged = tokens.sign(new LinkTokens.Claim(LinkTokens.Action.unsubscribe, other.id(), reminder, ""));

        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/u/" + forged)
                .then()
                .statusCode(404);
        RestAssured.given()
                .get("/m/snooze/"
                        + tokens.sign(
                                new LinkTokens.Claim(LinkTokens.Action.snooze, other.id(), reminder, "2027-01-04")))
                .then()
                .statusCode(404);
        assertThat(Reminders.get(owner, reminder).getBoolean("enabled")).isTrue();
    }

    @Test
    void aTitleWithLineBreaksAndLettersBeyondAsciiGivesOneCleanSubject() throws Exception {
        Person person = personWithGoal("UTC");
        long goal = Goals.create(
                person, Map.of("title", "Übung\r\nBcc: intruder@example.com 🚀", "startDate", "2027-01-01"));
        Reminders.addAt(person, goal, "08:00");

        dispatchAt(Instant.parse("2027-01-04T08:00:00Z"));

        Inbox.Received mail = awaitMail(person, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Übung Bcc: intruder@example.com 🚀: Not done yet today");
        assertThat(mail.message().getHeader("Bcc")).isNull();
        assertThat(mail.message().getAllRecipients())
                .extracting(Object::toString)
                .containsExactly(person.email());
        assertThat(Inbox.of("intruder@example.com")).isEmpty();
    }

    @Test
    void afterDowntimeARecentReminderIsStillSentAndAnOldOneIsDropped() throws Exception {
        clock.set(Instant.parse("2027-01-04T05:00:00Z"));
        Person person = personWithGoal("UTC");
        long katas = katas(person);
        long python = Goals.create(person, Map.of("title", "Python", "startDate", "2027-01-01"));
        long early = Reminders.addAt(person, katas, "06:00");
        long late = Reminders.addAt(person, python, "07:00");

        // Riyaz was down from before 06:00 until 08:30: 07:00 is within the 2-hour grace, 06:00 is not.
        ReminderDispatcher.Run run = dispatchAt(Instant.parse("2027-01-04T08:30:00Z"));

        assertThat(run.dropped()).isGreaterThanOrEqualTo(1);
        List<Inbox.Received> mails = awaitMail(person, 1);
        Thread.sleep(300);
        assertThat(Inbox.of(person.email()))
                .extracting(Inbox.Received::subject)
                .containsExactly("Python: Not done yet today");
        assertThat(mails).hasSize(1);
        assertThat(Reminders.get(person, early).getString("nextFireAt")).isEqualTo("2027-01-05T06:00:00Z");
        assertThat(Reminders.get(person, late).getString("nextFireAt")).isEqualTo("2027-01-05T07:00:00Z");
    }

    @Test
    void remindersFireAtLocalTimeAcrossDaylightSavingAndOddOffsets() throws Exception {
        clock.set(Instant.parse("2027-03-13T12:00:00Z"));
        Person newYork = personWithGoal("America/New_York");
        long goal = katas(newYork);
        Reminders.addAt(newYork, goal, "02:30");
        Person kolkata = personWithGoal("Asia/Kolkata");
        long kolkataGoal = katas(kolkata);
        Reminders.addAt(kolkata, kolkataGoal, "00:20");

        // 2027-03-14 02:30 does not exist in New York: it fires at 03:30 EDT = 07:30 UTC, not before.
        dispatchAt(Instant.parse("2027-03-14T07:29:59Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(newYork.email())).isEmpty();
        dispatchAt(Instant.parse("2027-03-14T07:30:00Z"));
        assertThat(awaitMail(newYork, 1)).hasSize(1);

        // 00:20 in Kolkata (UTC+05:30) on 15 March is 18:50 UTC on 14 March.
        dispatchAt(Instant.parse("2027-03-14T18:49:59Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(kolkata.email())).isEmpty();
        dispatchAt(Instant.parse("2027-03-14T18:50:00Z"));
        assertThat(awaitMail(kolkata, 1)).hasSize(1);

        // Kathmandu is UTC+05:45: 08:00 there on 15 March is 02:15 UTC.
        Person kathmandu = personWithGoal("Asia/Kathmandu");
        Reminders.addAt(kathmandu, katas(kathmandu), "08:00");
        dispatchAt(Instant.parse("2027-03-15T02:14:59Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(kathmandu.email())).isEmpty();
        dispatchAt(Instant.parse("2027-03-15T02:15:00Z"));
        assertThat(awaitMail(kathmandu, 1)).hasSize(1);

        // Lord Howe Island moves its clocks by half an hour: on 2027-10-03 02:00 (+10:30) jumps to 02:30 (+11:00), so a
        // 02:15 reminder fires at 02:45 local, 15:45 UTC the day before.
        clock.set(Instant.parse("2027-10-02T00:00:00Z"));
        Person lordHowe = personWithGoal("Australia/Lord_Howe");
        Reminders.addAt(lordHowe, katas(lordHowe), "02:15");
        dispatchAt(Instant.parse("2027-10-02T15:44:59Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(lordHowe.email())).isEmpty();
        dispatchAt(Instant.parse("2027-10-02T15:45:00Z"));
        assertThat(awaitMail(lordHowe, 1)).hasSize(1);

        // 2027-11-07 01:30 happens twice in New York; 02:30 once. A 01:30 reminder fires at the first 01:30 only.
        clock.set(Instant.parse("2027-11-06T12:00:00Z"));
        Person fallBack = personWithGoal("America/New_York");
        long fallGoal = katas(fallBack);
        Reminders.addAt(fallBack, fallGoal, "01:30");
        dispatchAt(Instant.parse("2027-11-07T05:30:00Z"));
        assertThat(awaitMail(fallBack, 1)).hasSize(1);
        dispatchAt(Instant.parse("2027-11-07T06:30:00Z"));
        Thread.sleep(300);
        assertThat(Inbox.of(fallBack.email())).hasSize(1);
    }
}
