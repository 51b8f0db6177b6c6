package dev.riyaz.reminder;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.Test;

import dev.riyaz.mail.MailSender;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.Metrics;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The embedded default has no mail server: mail is neither lost nor faked as sent. It is kept and shown on the Mail
 * page, the health check says so, and the metrics count what fired. Reminders are set from the goal's page.
 */
@QuarkusTest
class HeldMailTest {

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    MailSender sender;

    @Inject
    Rows rows;

    @Test
    void withoutAMailServerMailIsKeptAndShownOnTheMailPage() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T07:00:00Z"));
        WebForms.Visitor browser = WebForms.signedUp("held-" + System.nanoTime() + "@example.com");
        long person = browser.userId();
        browser.post(
                        "/settings",
                        "/settings/profile",
                        Map.of("displayName", "Asha", "timeZone", "UTC", "dayStartHour", "0", "firstDayOfWeek", "MON"))
                .then()
                .statusCode(303);
        browser.post("/goals/new", "/goals", Map.of("title", "Katas", "scheduleType", "daily", "kind", "check"))
                .then()
                .statusCode(303);
        long goal = ((Number) rows.one("select id from goal where owner_id = ?1", person)
                        .get("id"))
                .longValue();

        // Set a reminder on the goal's reminders page, as a person would.
        browser.get("/goals/" + goal).then().body(containsString("href=\"/goals/" + goal + "/reminders\""));
        browser.get("/goals/" + goal + "/reminders").then().statusCode(200).body(containsString("No reminders yet."));
        browser.post(
                        "/goals/" + goal + "/reminders",
                        "/goals/" + goal + "/reminders",
                        Map.of("time", "8:5", "days", java.util.List.of("MON"), "onlyIfNotDone", "on"))
                .then()
                .statusCode(422)
                .body(containsString("Use a time of day as HH:MM"));
        browser.post(
                        "/goals/" + goal + "/reminders",
                        "/goals/" + goal + "/reminders",
                        Map.of(
                                "time", "08:00",
                                "days", java.util.List.of("MON", "TUE", "WED", "THU", "FRI"),
                                "onlyIfNotDone", "on"))
                .then()
                .statusCode(303);
        browser.get("/goals/" + goal + "/reminders")
                .then()
                .statusCode(200)
                .body(containsString("Monday to Friday"))
                .body(containsString("Only if you have not practised yet"))
                .body(containsString("Next mail: Mon 4 Jan, 08:00"))
                .body(containsString("When the next mails come"))
                .body(containsString("<li>Fri 8 Jan, 08:00</li>"))
                .body(not(containsString("<li>Sat 9 Jan, 08:00</li>")));

        double firedBefore = Metrics.sum("riyaz_reminders_fired_total");
        clock.set(Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(dispatcher.dispatchDue().queued()).isGreaterThanOrEqualTo(1);
        assertThat(sender.drain()).isZero();

        assertThat(rows.one("select status, subject from outbox_mail where owner_id = ?1", person))
                .containsEntry("status", "held")
                .containsEntry("subject", "Katas: Not done yet today");
        browser.get("/settings/mail")
                .then()
                .statusCode(200)
                .body(containsString("Riyaz is not connected to a mail server yet"))
                .body(containsString("Katas: Not done yet today"))
                .body(containsString("Kept here (no mail server)"))
                .body(containsString("Time for Katas."));
        RestAssured.get("/q/health")
                .then()
                .statusCode(200)
                .body(Json.at("checks.find { it.name == 'outbox' }.data.smtp", equalTo("not configured: mail is kept")))
                .body(Json.at("checks.find { it.name == 'outbox' }.status", equalTo("UP")));
        assertThat(Metrics.sum("riyaz_reminders_fired_total")).isGreaterThanOrEqualTo(firedBefore + 1);

        // Switching the reminder off from the page stops it.
        long reminder = ((Number) rows.one("select id from reminder where goal_id = ?1", goal)
                        .get("id"))
                .longValue();
        browser.post(
                        "/goals/" + goal + "/reminders",
                        "/goals/" + goal + "/reminders/" + reminder + "/switch",
                        Map.of("enabled", "false"))
                .then()
                .statusCode(303);
        browser.get("/goals/" + goal + "/reminders")
                .then()
                .body(containsString("(off)"))
                .body(not(containsString("Next mail:")));
    }

    @Test
    void theMailPageChangesMailSettings() {
        MutableClock.installAt(Instant.parse("2027-01-04T07:00:00Z"));
        WebForms.Visitor browser = WebForms.signedUp("mailpage-" + System.nanoTime() + "@example.com");
        browser.get("/settings").then().body(containsString("href=\"/settings/mail\""));
        browser.post(
                        "/settings/mail",
                        "/settings/mail",
                        Map.of(
                                "allMail",
                                "on",
                                "digest",
                                "daily",
                                "digestTime",
                                "07:45",
                                "weeklyReviewDay",
                                "SAT",
                                "weeklyReviewTime",
                                "09:00"))
                .then()
                .statusCode(303);
        var api = RestAssured.given()
                .cookie("riyaz_session", browser.session)
                .get("/api/v1/me/mail")
                .then();
        api.body(Json.at("digest", equalTo("daily")))
                .body(Json.at("digestTime", equalTo("07:45")))
                .body(Json.at("weeklyReview", equalTo(false)))
                .body(Json.at("weeklyReviewDay", equalTo("SAT")));
        browser.post(
                        "/settings/mail",
                        "/settings/mail",
                        Map.of(
                                "allMail",
                                "on",
                                "digest",
                                "daily",
                                "digestTime",
                                "7.45",
                                "weeklyReviewDay",
                                "SAT",
                                "weeklyReviewTime",
                                "09:00"))
                .then()
                .statusCode(422)
                .body(containsString("value=\"7.45\""));
    }
}
