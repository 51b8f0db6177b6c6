package dev.riyaz.postgres;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The goals API on PostgreSQL: what a client sees and the rows behind it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresGoalApiTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    @Inject
    Rows rows;

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of(Goals.daily(), Goals.daily(), Arrays.asList("daily", null, null, null)),
                Arguments.of(Goals.weekly(3), Goals.weekly(3), Arrays.asList("weekly", 3, null, null)),
                Arguments.of(Goals.monthly(10), Goals.monthly(10), Arrays.asList("monthly", 10, null, null)),
                Arguments.of(
                        Goals.weekdays("FRI", "MON", "WED"),
                        Goals.weekdays("MON", "WED", "FRI"),
                        Arrays.asList("weekdays", null, null, "MON,WED,FRI")),
                Arguments.of(
                        Goals.weekdays("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
                        Goals.weekdays("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
                        Arrays.asList("weekdays", null, null, "MON,TUE,WED,THU,FRI,SAT,SUN")),
                Arguments.of(Goals.interval(2), Goals.interval(2), Arrays.asList("interval", null, 2, null)));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void measuredGoalKeepsItsScheduleAndDecimalTarget(
            Map<String, Object> schedule, Map<String, Object> shown, List<Object> columns) {
        Person asha = People.signUp();
        Map<String, Object> body = Goals.measured("Katas", "minutes", "30.5");
        body.put("schedule", schedule);
        body.put("startDate", START.toString());

        long id = asha.api()
                .config(Entries.EXACT_DECIMALS)
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .body("kind", equalTo("measured"))
                .body("unit", equalTo("minutes"))
                .body("dailyTarget", equalTo(new BigDecimal("30.5")))
                .body("schedule", equalTo(shown))
                .body("startDate", equalTo("2025-01-06"))
                .extract()
                .jsonPath()
                .getLong("id");
        asha.api().get("/api/v1/goals/{id}", id).then().statusCode(200).body("schedule", equalTo(shown));

        Map<String, Object> row = rows.one(
                "select owner_id, kind, unit, daily_target, schedule_type, schedule_times, schedule_every,"
                        + " schedule_days, start_date from goal where id = ?",
                id);
        assertThat(row)
                .containsEntry("owner_id", asha.id())
                .containsEntry("kind", "measured")
                .containsEntry("daily_target", new BigDecimal("30.50"))
                .containsEntry("start_date", Date.valueOf(START));
        assertThat(Arrays.asList(
                        row.get("schedule_type"),
                        row.get("schedule_times"),
                        row.get("schedule_every"),
                        row.get("schedule_days")))
                .isEqualTo(columns);
    }

    @Test
    void aCreatedGoalReadsBackExactlyAsItWasAnswered() {
        Person asha = People.signUp();
        Map<String, Object> body = Goals.measured("Read", "pages", "12.50");
        body.put("description", "One chapter, then notes");
        body.put("schedule", Goals.weekly(4));
        Map<String, Object> created = asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> read = asha.api()
                .get("/api/v1/goals/{id}", created.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void checkGoalHasNoUnitOrTarget() {
        Person asha = People.signUp();
        Map<String, Object> body = Goals.check("Push a commit");
        body.put("unit", "minutes");
        body.put("tags", List.of("Git", "daily"));
        long id = asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .body("kind", equalTo("check"))
                .body("unit", nullValue())
                .body("dailyTarget", nullValue())
                .body("schedule.type", equalTo("daily"))
                .body("tags", contains("git", "daily"))
                .extract()
                .jsonPath()
                .getLong("id");
        assertThat(rows.one("select unit, daily_target, tags from goal where id = ?", id))
                .containsEntry("unit", null)
                .containsEntry("daily_target", null)
                .containsEntry("tags", "git,daily");
    }

    @Test
    void goalsAreListedInTheOwnersOrderAndCanBeMoved() {
        Person asha = People.signUp();
        long first = Goals.create(asha, Goals.check("Read docs"));
        long second = Goals.create(asha, Goals.check("Solve a problem"));
        long third = Goals.create(asha, Goals.measured("Type", "minutes", "15"));
        assertThat(Goals.listedIds(asha, "")).containsExactly(first, second, third);

        asha.api()
                .body(Map.of("position", 0))
                .patch("/api/v1/goals/{id}", third)
                .then()
                .statusCode(200)
                .body("position", equalTo(0));
        assertThat(Goals.listedIds(asha, "")).containsExactly(third, first, second);
        assertThat(rows.list("select id from goal where owner_id = ? order by position", asha.id()))
                .extracting(r -> r.get("id"))
                .containsExactly(third, first, second);
    }

    @Test
    void putReplacesTheGoalAndPatchChangesOnlyWhatItSends() {
        Person asha = People.signUp();
        long id = Goals.create(asha, Goals.measured("Read", "pages", "10"));
        Map<String, Object> replacement = Goals.measured("Read a book", "chapters", "1.25");
        replacement.put("schedule", Goals.weekdays("SAT", "SUN"));
        asha.api()
                .config(Entries.EXACT_DECIMALS)
                .body(replacement)
                .put("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Read a book"))
                .body("dailyTarget", equalTo(new BigDecimal("1.25")))
                .body("schedule.days", contains("SAT", "SUN"));

        asha.api()
                .body(Map.of("archived", true, "description", "Slowly"))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Read a book"))
                .body("unit", equalTo("chapters"))
                .body("archived", equalTo(true));
        assertThat(Goals.listedIds(asha, "")).isEmpty();
        assertThat(Goals.listedIds(asha, "archived=true")).containsExactly(id);
        assertThat(rows.one(
                        "select title, description, daily_target, archived, schedule_days from goal where id = ?", id))
                .containsEntry("title", "Read a book")
                .containsEntry("description", "Slowly")
                .containsEntry("daily_target", new BigDecimal("1.25"))
                .containsEntry("archived", true)
                .containsEntry("schedule_days", "SAT,SUN");
    }

    @Test
    void deletingAGoalDeletesItsPractice() {
        Person asha = People.signUp();
        long id = Goals.create(asha, Goals.check("Review a PR"));
        Entries.log(asha, id, Entries.done(START));
        Entries.log(asha, id, Entries.done(START.plusDays(1)));

        asha.api().delete("/api/v1/goals/{id}", id).then().statusCode(204);
        asha.api().get("/api/v1/goals/{id}", id).then().statusCode(404);
        assertThat(rows.count("goal", "id = ?", id)).isZero();
        assertThat(rows.count("practice_entry", "goal_id = ?", id)).isZero();
    }

    @Test
    void anotherPersonsGoalIsNotFound() {
        Person asha = People.signUp();
        Person ravi = People.signUp();
        long id = Goals.create(asha, Goals.check("Private goal"));

        ravi.api().get("/api/v1/goals/{id}", id).then().statusCode(404).contentType("application/problem+json");
        ravi.api()
                .body(Goals.check("Mine now"))
                .put("/api/v1/goals/{id}", id)
                .then()
                .statusCode(404);
        ravi.api()
                .body(Map.of("title", "Mine now"))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .statusCode(404);
        ravi.api().delete("/api/v1/goals/{id}", id).then().statusCode(404);
        assertThat(Goals.listedIds(ravi, "archived=all")).isEmpty();
        assertThat(rows.one("select owner_id, title from goal where id = ?", id))
                .containsEntry("owner_id", asha.id())
                .containsEntry("title", "Private goal");
    }
}
