package dev.riyaz.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** {@code /api/v1/goals/{id}/reminders}, {@code /api/v1/reminders/{id}} and {@code /api/v1/me/mail} as API.md says. */
@QuarkusTest
class ReminderResourceTest {

    @Test
    void addListChangeAndDeleteAReminder() {
        MutableClock.installAt(Instant.parse("2027-01-04T07:00:00Z")); // a Monday
        Person person = People.signUp("Europe/Berlin");
        long goal = Goals.check(person, "Katas");

        var created = Json.doc(person.api()
                .body(Map.of("time", "08:30", "days", List.of("MON", "WED", "FRI")))
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        org.hamcrest.Matchers.endsWith("/api/v1/reminders/"
                                + Json.doc(person.api().get("/api/v1/goals/{id}/reminders", goal))
                                        .getLong("[0].id")))
                .body(Json.at("goalId", equalTo((int) goal)))
                .body(Json.at("time", equalTo("08:30")))
                .body(Json.at("days", contains("MON", "WED", "FRI")))
                .body(Json.at("onlyIfNotDone", equalTo(true)))
                .body(Json.at("enabled", equalTo(true)))
                // 08:30 in Berlin in winter is 07:30 UTC, later today
                .body(Json.at("nextFireAt", equalTo("2027-01-04T07:30:00Z")))
                .extract());
        long id = created.getLong("id");

        person.api()
                .get("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(200)
                .body(Json.at("id", contains((int) id)));

        person.api()
                .body(Map.of("time", "19:00", "days", List.of("SAT"), "onlyIfNotDone", false))
                .put("/api/v1/reminders/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("time", equalTo("19:00")))
                .body(Json.at("days", contains("SAT")))
                .body(Json.at("onlyIfNotDone", equalTo(false)))
                .body(Json.at("nextFireAt", equalTo("2027-01-09T18:00:00Z")));

        person.api()
                .body(Map.of("time", "19:00", "enabled", false))
                .put("/api/v1/reminders/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("enabled", equalTo(false)))
                .body(Json.at("nextFireAt", nullValue()));

        person.api().delete("/api/v1/reminders/{id}", id).then().statusCode(204);
        person.api().get("/api/v1/reminders/{id}", id).then().statusCode(404);
        person.api()
                .get("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(200)
                .body(Json.at("$", hasSize(0)));
    }

    @Test
    void unclearTimesAndDaysAreRefusedWithTheFieldNamed() {
        Person person = People.signUp("UTC");
        long goal = Goals.check(person, "Katas");
        for (Object time : new Object[] {"8:00", "24:00", "08:60", "noon", ""}) {
            person.api()
                    .body(Map.of("time", time))
                    .post("/api/v1/goals/{id}/reminders", goal)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body(Json.at("errors[0].field", equalTo("time")));
        }
        person.api()
                .body(Map.of("days", List.of("MON")))
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].field", equalTo("time")));
        for (Object days : List.of(List.of("XYZ"), List.of(), List.of("MONDAY"))) {
            person.api()
                    .body(Map.of("time", "08:00", "days", days))
                    .post("/api/v1/goals/{id}/reminders", goal)
                    .then()
                    .statusCode(422)
                    .body(Json.at("errors[0].field", equalTo("days")));
        }
        person.api()
                .body("{\"time\": ")
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(400);
        person.api().get("/api/v1/goals/{id}/reminders", goal).then().body(Json.at("$", hasSize(0)));
    }

    @Test
    void aGoalTakesAtMostTenReminders() {
        Person person = People.signUp("UTC");
        long goal = Goals.check(person, "Katas");
        for (int i = 0; i < 10; i++) {
            Reminders.addAt(person, goal, String.format("%02d:00", 8 + i));
        }
        person.api()
                .body(Map.of("time", "20:00"))
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(422);
    }

    @Test
    void anotherPersonsGoalsAndRemindersAreNotFound() {
        Person owner = People.signUp("UTC");
        Person stranger = People.signUp("UTC");
        long goal = Goals.check(owner, "Katas");
        long reminder = Reminders.addAt(owner, goal, "08:00");

        stranger.api().get("/api/v1/goals/{id}/reminders", goal).then().statusCode(404);
        stranger.api()
                .body(Map.of("time", "09:00"))
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .statusCode(404);
        stranger.api().get("/api/v1/reminders/{id}", reminder).then().statusCode(404);
        stranger.api().get("/api/v1/reminders/{id}/upcoming", reminder).then().statusCode(404);
        stranger.api()
                .body(Map.of("time", "09:00"))
                .put("/api/v1/reminders/{id}", reminder)
                .then()
                .statusCode(404);
        stranger.api().delete("/api/v1/reminders/{id}", reminder).then().statusCode(404);

        Reminders.get(owner, reminder).getString("time").equals("08:00");
        assertThat(Reminders.get(owner, reminder).getString("time")).isEqualTo("08:00");
    }

    @Test
    void upcomingFiringsFollowTheZoneAcrossDaylightSaving() {
        Person person = People.signUp("America/New_York");
        long goal = Goals.check(person, "Katas");
        long reminder = Reminders.addAt(person, goal, "02:30");

        // 2027-03-14: 02:00 jumps to 03:00, so 02:30 fires at 03:30 EDT; 2027-11-07: 01:30 happens twice, 02:30 once.
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-03-13&count=3", reminder)
                .then()
                .statusCode(200)
                .body(Json.at("$", contains("2027-03-13T07:30:00Z", "2027-03-14T07:30:00Z", "2027-03-15T06:30:00Z")));
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-11-06&count=3", reminder)
                .then()
                .body(Json.at("$", contains("2027-11-06T06:30:00Z", "2027-11-07T07:30:00Z", "2027-11-08T07:30:00Z")));

        person.api()
                .get("/api/v1/reminders/{id}/upcoming?count=0", reminder)
                .then()
                .statusCode(422);
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?count=101", reminder)
                .then()
                .statusCode(422);
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-02-30", reminder)
                .then()
                .statusCode(400);
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-01-01", reminder)
                .then()
                .statusCode(200)
                .body(Json.at("$", hasSize(10)));
    }

    @Test
    void upcomingFiringsInQuarterHourAndHalfHourDaylightSavingZones() {
        Person kathmandu = People.signUp("Asia/Kathmandu");
        long reminder = Reminders.addAt(kathmandu, Goals.check(kathmandu, "Katas"), "08:00");
        kathmandu
                .api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-01-01&count=2", reminder)
                .then()
                .body(Json.at("$", contains("2027-01-01T02:15:00Z", "2027-01-02T02:15:00Z")));

        // Lord Howe: 2027-10-03 02:00 (+10:30) jumps to 02:30 (+11:00); 02:15 fires at 02:45 that day.
        Person lordHowe = People.signUp("Australia/Lord_Howe");
        long halfHour = Reminders.addAt(lordHowe, Goals.check(lordHowe, "Katas"), "02:15");
        lordHowe.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-10-02&count=3", halfHour)
                .then()
                .body(Json.at("$", contains("2027-10-01T15:45:00Z", "2027-10-02T15:45:00Z", "2027-10-03T15:15:00Z")));
    }

    @Test
    void upcomingStartsAtTheDayStartHour() {
        Person person = People.signUp("Asia/Kolkata");
        person.api().body(Map.of("dayStartHour", 4)).patch("/api/v1/me").then().statusCode(200);
        long goal = Goals.check(person, "Katas");
        long reminder = Reminders.addAt(person, goal, "01:00");

        // The practice day 2027-01-05 starts at 04:00 local; its first 01:00 is the next morning, 2027-01-06.
        person.api()
                .get("/api/v1/reminders/{id}/upcoming?from=2027-01-05&count=1", reminder)
                .then()
                .body(Json.at("$", contains("2027-01-05T19:30:00Z")));
    }

    @Test
    void changingTheTimeZoneReschedulesAtOnce() {
        MutableClock.installAt(Instant.parse("2027-01-04T00:00:00Z"));
        Person person = People.signUp("Europe/Berlin");
        long goal = Goals.check(person, "Katas");
        long reminder = Reminders.addAt(person, goal, "08:00");
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isEqualTo("2027-01-04T07:00:00Z");

        person.api()
                .body(Map.of("timeZone", "Asia/Kathmandu"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);

        // 08:00 in Kathmandu (UTC+05:45) on 2027-01-04 is 02:15 UTC, after midnight UTC: still today.
        assertThat(Reminders.get(person, reminder).getString("nextFireAt")).isEqualTo("2027-01-04T02:15:00Z");
    }

    @Test
    void mailSettingsHaveDefaultsAndCanBeChanged() {
        MutableClock.installAt(Instant.parse("2027-01-04T00:00:00Z"));
        Person person = People.signUp("UTC");
        person.api()
                .get("/api/v1/me/mail")
                .then()
                .statusCode(200)
                .body(Json.at("allMail", equalTo(true)))
                .body(Json.at("digest", equalTo("off")))
                .body(Json.at("digestTime", equalTo("08:00")))
                .body(Json.at("weeklyReview", equalTo(true)))
                .body(Json.at("weeklyReviewDay", equalTo("SUN")))
                .body(Json.at("weeklyReviewTime", equalTo("18:00")));

        person.api()
                .body(Map.of("digest", "daily", "digestTime", "07:15", "weeklyReviewDay", "FRI"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200)
                .body(Json.at("digest", equalTo("daily")))
                .body(Json.at("digestTime", equalTo("07:15")))
                .body(Json.at("weeklyReviewDay", equalTo("FRI")))
                .body(Json.at("weeklyReview", equalTo(true)));

        person.api()
                .body(Map.of("digest", "weekly"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].field", equalTo("digest")));
        person.api()
                .body(Map.of("digestTime", "7am"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].field", equalTo("digestTime")));
        person.api()
                .body(Map.of("weeklyReviewDay", "FUNDAY"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(422);
        person.api().get("/api/v1/me/mail").then().body(Json.at("digestTime", equalTo("07:15")));
    }
}
