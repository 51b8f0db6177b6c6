package dev.riyaz.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GoalResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final String ZONE = "Pacific/Kiritimati";

    private People.Person asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(NOW);
        asha = People.signUp(ZONE);
    }

    private JsonPath create(Map<String, ?> body) {
        return asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private JsonPath get(long id) {
        return asha.api()
                .get("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<String> titles(String archived) {
        return asha.api()
                .queryParam("archived", archived)
                .get("/api/v1/goals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("title");
    }

    @Test
    void createFillsInDefaults() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of(ZONE));
        assertThat(today).as("the user's day differs from UTC's").isAfter(LocalDate.ofInstant(NOW, ZoneId.of("UTC")));

        asha.api()
                .body(Map.of("title", "  LeetCode daily  "))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/goals/\\d+"))
                .body("title", equalTo("LeetCode daily"))
                .body("description", nullValue())
                .body("kind", equalTo("check"))
                .body("unit", nullValue())
                .body("dailyTarget", nullValue())
                .body("schedule", equalTo(Map.of("type", "daily")))
                .body("startDate", equalTo(today.toString()))
                .body("color", matchesPattern("#[0-9a-f]{6}"))
                .body("tags", empty())
                .body("archived", equalTo(false))
                .body("position", equalTo(0))
                .body("createdAt", equalTo(NOW.toString()));
    }

    @Test
    void locationPointsAtTheCreatedGoal() {
        var response = asha.api()
                .body(Map.of("title", "SQL"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract();
        long id = response.jsonPath().getLong("id");

        assertThat(response.header("Location")).endsWith("/api/v1/goals/" + id);
        assertThat(get(id).getString("title")).isEqualTo("SQL");
    }

    @Test
    void everyScheduleTypeIsStoredAsSent() {
        List<Map<String, Object>> schedules = List.of(
                Map.of("type", "daily"),
                Map.of("type", "weekly", "times", 3),
                Map.of("type", "monthly", "times", 10),
                Map.of("type", "weekdays", "days", List.of("MON", "WED", "FRI")),
                Map.of("type", "interval", "every", 2));
        for (Map<String, Object> schedule : schedules) {
            JsonPath created = create(Map.of("title", "Practice " + schedule.get("type"), "schedule", schedule));

            assertThat(created.getMap("schedule")).as("created").isEqualTo(schedule);
            assertThat(get(created.getLong("id")).getMap("schedule"))
                    .as("read back")
                    .isEqualTo(schedule);
        }
    }

    @Test
    void weekdaysComeBackInWeekOrder() {
        Map<String, Object> schedule = Map.of("type", "weekdays", "days", List.of("fri", "MON", "Wed", "MON"));

        JsonPath created = create(Map.of("title", "Katas", "schedule", schedule));

        assertThat(created.getList("schedule.days")).containsExactly("MON", "WED", "FRI");
    }

    @Test
    void measuredGoalKeepsUnitAndDailyTarget() {
        JsonPath created =
                create(Map.of("title", "Read docs", "kind", "measured", "unit", "pages", "dailyTarget", 12.5));

        assertThat(created.getString("kind")).isEqualTo("measured");
        assertThat(created.getString("unit")).isEqualTo("pages");
        assertThat(created.getString("dailyTarget")).isEqualTo("12.5");
        assertThat(get(created.getLong("id")).getString("dailyTarget")).isEqualTo("12.5");
        assertThat(get(Goals.measured(asha)).getString("dailyTarget")).isEqualTo("30");
    }

    @Test
    void tagsColourDescriptionAndStartDateAreKept() {
        JsonPath created = create(Map.of(
                "title", "Rust book",
                "description", "One chapter at a time",
                "color", "#3867D6",
                "tags", List.of(" Rust ", "books", "rust"),
                "startDate", "2026-01-05"));

        assertThat(created.getString("description")).isEqualTo("One chapter at a time");
        assertThat(created.getString("color")).isEqualTo("#3867d6");
        assertThat(created.getList("tags")).containsExactly("rust", "books");
        assertThat(created.getString("startDate")).isEqualTo("2026-01-05");
    }

    @Test
    void listShowsGoalsInOrderSeparatingArchivedOnes() {
        Goals.check(asha, "Arrays");
        long graphs = Goals.check(asha, "Graphs");
        Goals.check(asha, "Strings");
        asha.api()
                .body(Map.of("archived", true))
                .patch("/api/v1/goals/{id}", graphs)
                .then()
                .statusCode(200);

        assertThat(titles(null)).containsExactly("Arrays", "Strings");
        assertThat(titles("false")).containsExactly("Arrays", "Strings");
        assertThat(titles("true")).containsExactly("Graphs");
        assertThat(titles("all")).containsExactly("Arrays", "Graphs", "Strings");
        asha.api().queryParam("archived", "maybe").get("/api/v1/goals").then().spec(Problems.problem(400));
    }

    @Test
    void putReplacesTheWholeGoal() {
        long id = create(Map.of("title", "Old", "description", "old", "tags", List.of("a")))
                .getLong("id");
        Map<String, Object> replacement = new HashMap<>();
        replacement.put("title", "New");
        replacement.put("kind", "measured");
        replacement.put("unit", "problems");
        replacement.put("dailyTarget", 3);
        replacement.put("schedule", Map.of("type", "weekly", "times", 5));
        replacement.put("startDate", "2026-02-01");
        replacement.put("color", "#8854d0");

        asha.api()
                .body(replacement)
                .put("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("New"))
                .body("description", nullValue())
                .body("tags", empty());

        JsonPath stored = get(id);
        assertThat(stored.getString("kind")).isEqualTo("measured");
        assertThat(stored.getString("unit")).isEqualTo("problems");
        assertThat(stored.getInt("dailyTarget")).isEqualTo(3);
        assertThat(stored.getMap("schedule")).isEqualTo(Map.of("type", "weekly", "times", 5));
        assertThat(stored.getString("startDate")).isEqualTo("2026-02-01");
        assertThat(stored.getString("color")).isEqualTo("#8854d0");
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        long id = create(Map.of(
                        "title",
                        "Leetcode",
                        "description",
                        "two problems",
                        "schedule",
                        Map.of("type", "interval", "every", 2),
                        "tags",
                        List.of("dsa")))
                .getLong("id");

        asha.api()
                .body(Map.of("description", "three problems"))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .body("description", equalTo("three problems"));

        JsonPath stored = get(id);
        assertThat(stored.getString("title")).isEqualTo("Leetcode");
        assertThat(stored.getMap("schedule")).isEqualTo(Map.of("type", "interval", "every", 2));
        assertThat(stored.getList("tags")).containsExactly("dsa");
        assertThat(stored.getBoolean("archived")).isFalse();
    }

    @Test
    void patchArchivesAndRestores() {
        long id = Goals.check(asha, "Go");

        asha.api()
                .body(Map.of("archived", true))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .body("archived", equalTo(true));
        assertThat(get(id).getBoolean("archived")).isTrue();

        asha.api()
                .body(Map.of("archived", false))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .body("archived", equalTo(false));
        assertThat(titles("false")).containsExactly("Go");
    }

    @Test
    void patchPositionMovesTheGoalAndRenumbersTheOthers() {
        Goals.check(asha, "A");
        Goals.check(asha, "B");
        long c = Goals.check(asha, "C");

        asha.api()
                .body(Map.of("position", 0))
                .patch("/api/v1/goals/{id}", c)
                .then()
                .body("position", equalTo(0));

        asha.api()
                .get("/api/v1/goals")
                .then()
                .body("title", contains("C", "A", "B"))
                .body("position", contains(0, 1, 2));
    }

    @Test
    void deleteRemovesTheGoalAndItsPractice() {
        long id = Goals.check(asha, "Temporary");
        long entry = Goals.log(asha, id, Map.of());
        Goals.log(asha, id, Map.of("date", "2026-03-01"));
        long other = Goals.log(asha, Goals.check(asha, "Stays"), Map.of());

        asha.api().delete("/api/v1/goals/{id}", id).then().statusCode(204);

        asha.api().get("/api/v1/goals/{id}", id).then().spec(Problems.problem(404));
        asha.api().get("/api/v1/entries/{id}", entry).then().spec(Problems.problem(404));
        assertThat(Tables.count("goal", "id = ?1", id)).isZero();
        assertThat(Tables.count("practice_entry", "goal_id = ?1", id)).isZero();
        assertThat(Tables.count("practice_entry", "id = ?1", other)).isOne();
    }

    @Test
    void unknownGoalIs404() {
        asha.api().get("/api/v1/goals/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
        asha.api().delete("/api/v1/goals/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
    }
}
