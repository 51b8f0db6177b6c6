package dev.riyaz.web;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page shows all goals together: a year heatmap with its sentence shown, each goal's trend, and this
 * week, month and year; with nothing to show yet it offers the next step.
 */
@QuarkusTest
class ProgressPagesTest {

    @Test
    void showsTheCombinedHeatmapAndThePeriodSummaries() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("progress" + System.nanoTime() + "@example.com");
        asha.post("/goals/new", "/goals", Map.of("title", "Python", "kind", "check", "startDate", "2026-03-09"));
        asha.post("/goals/new", "/goals", Map.of("title", "CSS", "kind", "check", "startDate", "2026-03-09"));
        long python = pythonId(asha);
        asha.post("/", "/practice", Map.of("goalId", "" + python, "date", "2026-03-10"));
        asha.post("/", "/practice", Map.of("goalId", "" + python, "date", "2026-03-12"));

        String page = asha.get("/progress").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("aria-current=\"page\">Progress</a>")
                .contains("role=\"img\"")
                .contains("data-date=\"2026-03-12\"")
                .contains("Thu 12 Mar: 1 goal counted")
                .contains("<p class=\"progress-summary\" id=\"progress-summary\">"
                        + "2 days with at least one goal that counted.</p>")
                .contains(">Python</a></span><span>2 of 6 days")
                .contains(">CSS</a></span><span>0 of 6 days");

        String chosen = asha.get("/progress?from=2026-03-10&to=2026-03-11").asString();
        assertThat(chosen).contains("value=\"2026-03-10\"").contains(">Python</a></span><span>1 of 2 days");
        asha.get("/progress?from=2026-03-11&to=2026-03-01").then().statusCode(422);
    }

    @Test
    void eachGoalShowsItsTrendOrOffersItsFirstPractice() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("trend" + System.nanoTime() + "@example.com");
        asha.post("/goals/new", "/goals", Map.of("title", "Python", "kind", "check", "startDate", "2026-01-05"));
        asha.post("/goals/new", "/goals", Map.of("title", "CSS", "kind", "check", "startDate", "2026-03-09"));
        long python = pythonId(asha);
        for (String day : new String[] {"2026-02-02", "2026-02-03", "2026-02-04", "2026-03-10"}) {
            asha.post("/", "/practice", Map.of("goalId", "" + python, "date", day));
        }

        String page = asha.get("/progress").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("1 day counted in the last 4 weeks, down from 3 the 4 weeks before.")
                .contains("<title id=\"spark-")
                .contains("Days counted each week for Python, the last 12 weeks")
                .contains("From the oldest week to this one: 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1.")
                .contains("<title>Week of Mon 2 Feb: 3 days counted</title>")
                .contains("<title>Week of Mon 9 Mar: 1 day counted</title>")
                .contains("No practice logged yet. <a href=\"/goals/" + cssId(asha) + "\">Log your first practice");
        assertThat(page.split("Log your first practice", -1)).hasSize(2);

        asha.post("/", "/practice", Map.of("goalId", "" + python, "date", "2026-03-11"));
        asha.post("/", "/practice", Map.of("goalId", "" + python, "date", "2026-03-12"));
        asha.post("/", "/practice", Map.of("goalId", "" + python, "date", "2026-03-13"));
        assertThat(asha.get("/progress").asString())
                .contains("4 days counted in the last 4 weeks, up from 3 the 4 weeks before.");
    }

    @Test
    void withoutGoalsOneEmptyStateOffersTheFirstGoal() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("empty" + System.nanoTime() + "@example.com");
        String page = asha.get("/progress").then().statusCode(200).extract().asString();
        assertThat(page.split("No goals yet", -1)).hasSize(2);
        assertThat(page)
                .contains("<a class=\"button\" href=\"/goals/new\">Add your first goal</a>")
                .doesNotContain("role=\"img\"")
                .doesNotContain("This week");
    }

    @Test
    void aGoalWithNothingPlannedYetSaysSoInsteadOfZeroOfZero() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("later" + System.nanoTime() + "@example.com");
        asha.post("/goals/new", "/goals", Map.of("title", "Python", "kind", "check", "startDate", "2026-03-20"));
        assertThat(asha.get("/progress").asString())
                .contains(">Python</a></span><span>Nothing planned yet")
                .doesNotContain("0 of 0");
    }

    @Test
    void minutesReadAsHoursAndMinutes() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("minutes" + System.nanoTime() + "@example.com");
        asha.post(
                "/goals/new",
                "/goals",
                Map.of("title", "Python", "kind", "measured", "unit", "minutes", "dailyTarget", "30"));
        long python = pythonId(asha);
        asha.post("/", "/practice", Map.of("goalId", "" + python, "amount", "580"));
        assertThat(asha.get("/progress").asString()).contains("1 of 1 day · 9 h 40 min");
    }

    private static long cssId(WebForms.Visitor visitor) {
        return Json.doc(io.restassured.RestAssured.given()
                        .cookie("riyaz_session", visitor.session)
                        .get("/api/v1/goals")
                        .then()
                        .extract())
                .getLong("find { it.title == 'CSS' }.id");
    }

    private static long pythonId(WebForms.Visitor visitor) {
        return Json.doc(io.restassured.RestAssured.given()
                        .cookie("riyaz_session", visitor.session)
                        .get("/api/v1/goals")
                        .then()
                        .extract())
                .getLong("find { it.title == 'Python' }.id");
    }
}
