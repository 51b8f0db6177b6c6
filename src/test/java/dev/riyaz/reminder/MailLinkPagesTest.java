package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.QueuedMail;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static dev.riyaz.reminder.ReminderFixtures.MONDAY_0759;
import static dev.riyaz.reminder.ReminderFixtures.katas;
import static dev.riyaz.reminder.ReminderFixtures.pythonMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The links in a reminder mail work without logging in, change nothing when merely opened (a mail scanner might), and
 * never touch another person's reminder. The links are read from the mail as queued in the outbox.
 */
@QuarkusTest
class MailLinkPagesTest {

    @Inject
    LinkTokens tokens;

    @Inject
    Rows rows;

    MutableClock clock;

    @BeforeEach
    void start() {
        clock = MutableClock.installAt(MONDAY_0759);
    }

    private void dispatchAt(String at) {
        ReminderFixtures.dispatchAt(clock, Instant.parse(at));
    }

    @Test
    void snoozeRemindsOnceMoreAnHourLater() {
        Person person = People.signUp("UTC");
        Reminders.addAt(person, katas(person), "08:00");
        dispatchAt("2027-01-04T08:00:00Z");
        String snooze = QueuedMail.only(person.id()).link("/m/snooze/");

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

        dispatchAt("2027-01-04T09:04:59Z");
        assertThat(QueuedMail.of(person.id())).hasSize(1);
        dispatchAt("2027-01-04T09:05:00Z");
        assertThat(QueuedMail.subjects(person.id()))
                .containsExactly("Katas: Not done yet today", "Katas: Not done yet today");
        assertThat(rows.count("reminder", "kind = 'snooze' and owner_id = ?1", person.id()))
                .isZero();
    }

    @Test
    void theLogItLinkLogsOnceAfterAConfirmation() {
        Person person = People.signUp("UTC");
        long goal = pythonMinutes(person, "2027-01-01");
        Reminders.addAt(person, goal, "08:00");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "amount", 12));
        dispatchAt("2027-01-04T08:00:00Z");
        String log = QueuedMail.only(person.id()).link("/m/log/");

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
                    assertThat(new BigDecimal(entry.get("amount").toString())).isEqualByComparingTo("18");
                });
    }

    @Test
    void oneClickUnsubscribeWorksWithoutLoggingInAndOpeningTheLinkDoesNot() {
        Person person = People.signUp("UTC");
        long reminder = Reminders.addAt(person, katas(person), "08:00");
        dispatchAt("2027-01-04T08:00:00Z");
        QueuedMail.Mail mail = QueuedMail.only(person.id());
        // The List-Unsubscribe header carries this address (ReminderDeliveryTest reads the header of a delivered mail).
        String unsubscribe = mail.unsubscribeUrl().replaceAll("^https://riyaz\\.example", "");
        assertThat(unsubscribe).matches("/u/[A-Za-z0-9_.\\-]+");

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
        oneClick(tampered).then().statusCode(404);
        RestAssured.given().get(tampered).then().statusCode(404);
        assertThat(Reminders.get(person, reminder).getBoolean("enabled")).isTrue();

        // What a mail provider sends (RFC 8058): no cookie, no form token.
        oneClick(unsubscribe).then().statusCode(200);
        assertThat(Reminders.get(person, reminder).getBoolean("enabled")).isFalse();
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isNull();

        dispatchAt("2027-01-05T08:00:00Z");
        assertThat(QueuedMail.of(person.id())).hasSize(1);

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
        person.api().get("/api/v1/me/mail").then().body(Json.at("allMail", equalTo(false)));
    }

    @Test
    void aLinkMadeForOnePersonNeverTouchesAnothersReminder() {
        Person owner = People.signUp("UTC");
        Person other = People.signUp("UTC");
        long reminder = Reminders.addAt(owner, Goals.check(owner, "Katas"), "08:00");
        String forged = tokens.sign(new LinkTokens.Claim(LinkTokens.Action.unsubscribe, other.id(), reminder, ""));

        oneClick("/u/" + forged).then().statusCode(404);
        RestAssured.given()
                .get("/m/snooze/"
                        + tokens.sign(
                                new LinkTokens.Claim(LinkTokens.Action.snooze, other.id(), reminder, "2027-01-04")))
                .then()
                .statusCode(404);
        assertThat(Reminders.get(owner, reminder).getBoolean("enabled")).isTrue();
    }

    /** The one-click unsubscribe POST of RFC 8058. */
    private static io.restassured.response.Response oneClick(String path) {
        return RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post(path);
    }
}
