package dev.riyaz.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Listing, changing, archiving, reordering and deleting goals through the JSON API.
 */
@QuarkusTest
class GoalChangesTest extends GoalApiFixture {

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
                .body(Json.at("title", equalTo("New")))
                .body(Json.at("description", nullValue()))
                .body(Json.at("tags", empty()));

        JsonDoc stored = get(id);
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
                .body(Json.at("description", equalTo("three problems")));

        JsonDoc stored = get(id);
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
                .body(Json.at("archived", equalTo(true)));
        assertThat(get(id).getBoolean("archived")).isTrue();

        asha.api()
                .body(Map.of("archived", false))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .body(Json.at("archived", equalTo(false)));
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
                .body(Json.at("position", equalTo(0)));

        asha.api()
                .get("/api/v1/goals")
                .then()
                .body(Json.at("title", contains("C", "A", "B")))
                .body(Json.at("position", contains(0, 1, 2)));
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
}
