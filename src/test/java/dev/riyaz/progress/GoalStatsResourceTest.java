package dev.riyaz.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Stats, scores and summaries over JSON, on a fixed clock (noon in Kolkata on Sat 14 Mar 2026). */
@QuarkusTest
class GoalStatsResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    private People.Person asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = People.signUp("Asia/Kolkata");
    }

    private long dailyGoalFrom(LocalDate start) {
        return Goals.create(asha, Map.of("title", "Python", "startDate", start.toString()));
    }

    private JsonDoc stats(long goal) {
        return Json.doc(asha.api()
                .get("/api/v1/goals/{id}/stats", goal)
                .then()
                .statusCode(200)
                .extract());
    }

    @Test
    void fivePerfectDaysMakeAFiveDayStreakAndTheExpectedScore() {
        long goal = dailyGoalFrom(TODAY.minusDays(4));
        for (int i = 4; i >= 0; i--) {
            Goals.log(asha, goal, Map.of("date", TODAY.minusDays(i).toString()));
        }
        JsonDoc stats = stats(goal);
        assertThat(stats.getLong("goalId")).isEqualTo(goal);
        assertThat(stats.getString("on")).isEqualTo("2026-03-14");
        assertThat(stats.getInt("currentStreak.length")).isEqualTo(5);
        assertThat(stats.getString("currentStreak.unit")).isEqualTo("days");
        assertThat(stats.getString("currentStreak.start")).isEqualTo("2026-03-10");
        assertThat(stats.getString("currentStreak.end")).isEqualTo("2026-03-14");
        assertThat(stats.getInt("bestStreak.length")).isEqualTo(5);
        // 1 - m^5 with m = 0.5^(1/13): 1 - 0.5^(5/13) = 0.2343
        assertThat(stats.getDouble("score")).isCloseTo(0.2343, within(0.0005));
        assertThat(stats.getDouble("completion.last7")).isCloseTo(1.0, within(1e-9));
        assertThat(stats.getDouble("remaining.today")).isZero();
    }

    @Test
    void newPracticeShowsAtOnceEvenAfterStatsWereRead() {
        long goal = dailyGoalFrom(TODAY.minusDays(1));
        Goals.log(asha, goal, Map.of("date", TODAY.minusDays(1).toString()));
        assertThat(stats(goal).getInt("currentStreak.length"))
                .as("today not yet done does not break the streak")
                .isEqualTo(1);

        long today = Goals.log(asha, goal, Map.of());
        assertThat(stats(goal).getInt("currentStreak.length")).isEqualTo(2);

        asha.api().delete("/api/v1/entries/{id}", today).then().statusCode(204);
        assertThat(stats(goal).getInt("currentStreak.length")).isEqualTo(1);

        Goals.log(asha, goal, Map.of("date", TODAY.minusDays(2).toString()));
        assertThat(stats(goal).getInt("currentStreak.length"))
                .as("back-dated practice before the start counts")
                .isEqualTo(2);
        assertThat(stats(goal).getString("currentStreak.start")).isEqualTo("2026-03-12");
    }

    @Test
    void statsOfAnEarlierDay() {
        long goal = dailyGoalFrom(TODAY.minusDays(10));
        Goals.log(asha, goal, Map.of("date", TODAY.minusDays(10).toString()));
        asha.api()
                .get("/api/v1/goals/{id}/stats?on=" + TODAY.minusDays(10), goal)
                .then()
                .statusCode(200)
                .body(Json.at("on", equalTo("2026-03-04")))
                .body(Json.at("currentStreak.length", equalTo(1)));
    }

    @Test
    void scoresComeOnePerDay() {
        long goal = dailyGoalFrom(TODAY.minusDays(2));
        Goals.log(asha, goal, Map.of("date", TODAY.minusDays(2).toString()));
        JsonDoc scores = Json.doc(asha.api()
                .get("/api/v1/goals/{id}/scores?from=2026-03-10&to=2026-03-14", goal)
                .then()
                .statusCode(200)
                .extract());
        assertThat(scores.getList("date"))
                .containsExactly("2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14");
        assertThat(scores.getDouble("[1].score")).isZero();
        assertThat(scores.getDouble("[2].score")).isCloseTo(1 - Math.pow(0.5, 1 / 13.0), within(1e-6));
        assertThat(scores.getDouble("[3].score")).isLessThan(scores.getDouble("[2].score"));
    }

    @Test
    void summaryCountsQualifyingAndPlannedDays() {
        long python = Goals.create(
                asha,
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
                        "2026-03-01"));
        Goals.log(asha, python, Map.of("date", "2026-03-09", "amount", 30));
        Goals.log(asha, python, Map.of("date", "2026-03-10", "amount", 20));
        Goals.log(asha, python, Map.of("date", "2026-03-11", "amount", 45));
        asha.api()
                .get("/api/v1/summary?from=2026-03-09&to=2026-03-15")
                .then()
                .statusCode(200)
                .body(Json.at("[0].goalId", equalTo((int) python)))
                .body(Json.at("[0].title", equalTo("Python")))
                .body(Json.at("[0].qualifyingDays", equalTo(2)))
                .body(Json.at("[0].scheduledDays", equalTo(7)))
                .body(Json.at("[0].total", equalTo(95)));
    }

    @Test
    void badQueriesAreClearAndOthersGoalsAreMissing() {
        long goal = dailyGoalFrom(TODAY);
        asha.api().get("/api/v1/goals/{id}/stats?on=2026-02-30", goal).then().statusCode(400);
        asha.api()
                .get("/api/v1/goals/{id}/stats?on=2026-03-15", goal)
                .then()
                .statusCode(422)
                .body(Json.at("errors.field", hasItem("on")));
        asha.api()
                .get("/api/v1/goals/{id}/scores?from=2026-03-14&to=2026-03-01", goal)
                .then()
                .statusCode(422)
                .body(Json.at("errors.field", hasItem("from")));
        asha.api()
                .get("/api/v1/summary?from=2010-01-01&to=2030-01-01")
                .then()
                .statusCode(422)
                .body(Json.at("errors.field", hasItem("to")));

        People.Person ravi = People.signUp();
        ravi.api().get("/api/v1/goals/{id}/stats", goal).then().statusCode(404);
        ravi.api().get("/api/v1/goals/{id}/scores", goal).then().statusCode(404);
    }
}
