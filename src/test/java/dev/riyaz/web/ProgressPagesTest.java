package dev.riyaz.web;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress page shows all goals together: a year heatmap and this week, month and year. */
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
                .contains("2 days with at least one goal that counted.")
                .contains(">Python</a></span><span>2 of 6 days")
                .contains(">CSS</a></span><span>0 of 6 days");

        String chosen = asha.get("/progress?from=2026-03-10&to=2026-03-11").asString();
        assertThat(chosen).contains("value=\"2026-03-10\"").contains(">Python</a></span><span>1 of 2 days");
        asha.get("/progress?from=2026-03-11&to=2026-03-01").then().statusCode(422);
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
        assertThat(asha.get("/progress").asString()).contains("1 of 1 days · 9 h 40 min");
    }

    private static long pythonId(WebForms.Visitor visitor) {
        return io.restassured.RestAssured.given()
                .cookie("riyaz_session", visitor.session)
                .get("/api/v1/goals")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.title == 'Python' }.id");
    }
}
