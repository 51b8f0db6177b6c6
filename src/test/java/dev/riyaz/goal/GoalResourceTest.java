package dev.riyaz.goal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * Creating and reading goals through the JSON API (/api/v1/goals): defaults, every kind of schedule, and what is kept
 * as sent.
 */
@QuarkusTest
class GoalResourceTest extends GoalApiFixture {

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
                .body(Json.at("title", equalTo("LeetCode daily")))
                .body(Json.at("description", nullValue()))
                .body(Json.at("kind", equalTo("check")))
                .body(Json.at("unit", nullValue()))
                .body(Json.at("dailyTarget", nullValue()))
                .body(Json.at("schedule", equalTo(Map.of("type", "daily"))))
                .body(Json.at("startDate", equalTo(today.toString())))
                .body(Json.at("color", matchesPattern("#[0-9a-f]{6}")))
                .body(Json.at("tags", empty()))
                .body(Json.at("archived", equalTo(false)))
                .body(Json.at("position", equalTo(0)))
                .body(Json.at("createdAt", equalTo(NOW.toString())));
    }

    @Test
    void locationPointsAtTheCreatedGoal() {
        var response = asha.api()
                .body(Map.of("title", "SQL"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract();
        long id = Json.doc(response).getLong("id");

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
            JsonDoc created = create(Map.of("title", "Practice " + schedule.get("type"), "schedule", schedule));

            assertThat(created.getMap("schedule")).as("created").isEqualTo(schedule);
            assertThat(get(created.getLong("id")).getMap("schedule"))
                    .as("read back")
                    .isEqualTo(schedule);
        }
    }

    @Test
    void weekdaysComeBackInWeekOrder() {
        Map<String, Object> schedule = Map.of("type", "weekdays", "days", List.of("fri", "MON", "Wed", "MON"));

        JsonDoc created = create(Map.of("title", "Katas", "schedule", schedule));

        assertThat(created.getList("schedule.days")).containsExactly("MON", "WED", "FRI");
    }

    @Test
    void measuredGoalKeepsUnitAndDailyTarget() {
        JsonDoc created =
                create(Map.of("title", "Read docs", "kind", "measured", "unit", "pages", "dailyTarget", 12.5));

        assertThat(created.getString("kind")).isEqualTo("measured");
        assertThat(created.getString("unit")).isEqualTo("pages");
        assertThat(created.getString("dailyTarget")).isEqualTo("12.5");
        assertThat(get(created.getLong("id")).getString("dailyTarget")).isEqualTo("12.5");
        assertThat(get(Goals.measured(asha)).getString("dailyTarget")).isEqualTo("30");
    }

    @Test
    void tagsColourDescriptionAndStartDateAreKept() {
        JsonDoc created = create(Map.of(
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
    void unknownGoalIs404() {
        asha.api().get("/api/v1/goals/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
        asha.api().delete("/api/v1/goals/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
    }

    @Test
    void aGoalMayHaveOneEmojiOrAShortWordAsItsIcon() {
        String snake = "\uD83D\uDC0D";
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        long id = Json.doc(asha.api()
                        .body(Map.of("title", "Python", "icon", snake))
                        .post("/api/v1/goals")
                        .then()
                        .statusCode(201)
                        .body(Json.at("icon", equalTo(snake)))
                        .extract())
                .getLong("id");
        asha.api().get("/api/v1/goals/{id}", id).then().body(Json.at("icon", equalTo(snake)));
        asha.api()
                .body(Map.of("title", "Family time"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .body(Json.at("icon", nullValue()));
        asha.api()
                .body(Map.of("title", "Family", "icon", family))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .body(Json.at("icon", equalTo(family)));
        asha.api()
                .body(Map.of("title", "Python", "icon", "  JS  "))
                .put("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("icon", equalTo("JS")));
    }

    @Test
    void anIconLongerThanOneEmojiOrEightCharactersIsRefusedAndNothingIsWritten() {
        int before = Json.doc(asha.api().get("/api/v1/goals").then().extract())
                .getList("id")
                .size();
        for (String icon : new String[] {
            "NineChars",
            "\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D\uD83D\uDC0D",
            "a\nb"
        }) {
            asha.api()
                    .body(Map.of("title", "Python", "icon", icon))
                    .post("/api/v1/goals")
                    .then()
                    .spec(Problems.invalid("icon"))
                    .body(Json.at("detail", matchesPattern("Use one emoji or .*")));
        }
        assertThat(Json.doc(asha.api().get("/api/v1/goals").then().extract()).getList("id"))
                .hasSize(before);
    }
}
