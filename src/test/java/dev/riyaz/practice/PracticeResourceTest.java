package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PracticeResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private People.Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        asha = People.signUp("Asia/Kolkata");
    }

    /** The practice day of an instant, worked out by hand: before the day-start hour still counts as yesterday. */
    private static LocalDate practiceDay(Instant instant, String zone, int dayStartHour) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneId.of(zone));
        return local.getHour() < dayStartHour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    private static String loggedDate(People.Person person, long goal) {
        return person.api()
                .body(Map.of())
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201)
                .extract()
                .path("date");
    }

    private JsonDoc entries(Map<String, ?> query) {
        return Json.doc(asha.api()
                .queryParams(query)
                .get("/api/v1/entries")
                .then()
                .statusCode(200)
                .extract());
    }

    @Test
    void logsPracticeForToday() {
        long goal = Goals.check(asha, "Leetcode");

        asha.api()
                .body(Map.of())
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/entries/\\d+"))
                .body(Json.at("goalId", equalTo((int) goal)))
                .body(Json.at("date", equalTo("2026-03-14")))
                .body(Json.at("status", equalTo("done")))
                .body(Json.at("amount", nullValue()))
                .body(Json.at("note", nullValue()))
                .body(Json.at("resourceId", nullValue()))
                .body(Json.at("source", equalTo("api")))
                .body(Json.at("createdAt", equalTo(NOW.toString())));
    }

    @Test
    void todayFollowsTheUsersZoneAndDayStartHour() {
        Instant now = Instant.parse("2026-03-14T13:30:00Z");
        clock.set(now);
        People.Person kiri = People.signUp("Pacific/Kiritimati");
        long goal = Goals.check(kiri, "Rust");

        LocalDate afterMidnight = practiceDay(now, "Pacific/Kiritimati", 0);
        assertThat(afterMidnight)
                .isEqualTo(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1));
        assertThat(loggedDate(kiri, goal)).isEqualTo(afterMidnight.toString());

        kiri.api().body(Map.of("dayStartHour", 4)).patch("/api/v1/me").then().statusCode(200);
        LocalDate beforeDayStart = practiceDay(now, "Pacific/Kiritimati", 4);
        assertThat(beforeDayStart).isEqualTo(afterMidnight.minusDays(1));
        assertThat(loggedDate(kiri, goal)).isEqualTo(beforeDayStart.toString());
    }

    @Test
    void todayIsYesterdayInUtcForPeopleFarWest() {
        Instant now = Instant.parse("2026-03-14T09:00:00Z");
        clock.set(now);
        People.Person pago = People.signUp("Pacific/Pago_Pago");
        long goal = Goals.check(pago, "SQL");
        LocalDate today = practiceDay(now, "Pacific/Pago_Pago", 0);
        assertThat(today).isEqualTo(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));

        assertThat(loggedDate(pago, goal)).isEqualTo(today.toString());
        pago.api()
                .body(Map.of("date", today.plusDays(1).toString()))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .spec(Problems.invalid("date"));
    }

    @Test
    void logsAPlannedDayOffWithoutAmount() {
        long goal = Goals.measured(asha);

        asha.api()
                .body(Map.of("status", "skipped", "date", "2026-03-13"))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201)
                .body(Json.at("status", equalTo("skipped")))
                .body(Json.at("amount", nullValue()))
                .body(Json.at("date", equalTo("2026-03-13")));
    }

    @Test
    void backDatedPracticeIsStoredOnItsDay() {
        long goal = Goals.measured(asha);
        long id = Goals.log(asha, goal, Map.of("date", "2026-01-05", "amount", 25.5, "note", "Chapter 3"));

        asha.api()
                .get("/api/v1/entries/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("date", equalTo("2026-01-05")))
                .body(Json.at("amount", equalTo(25.5f)))
                .body(Json.at("note", equalTo("Chapter 3")));
        PracticeEntry row = QuarkusTransaction.requiringNew().call(() -> PracticeEntry.<PracticeEntry>findById(id));
        assertThat(row.date).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(row.amount).isEqualByComparingTo("25.5");
        assertThat(row.ownerId).isEqualTo(asha.id());
    }

    @Test
    void severalEntriesOnOneDayAddUp() {
        long goal = Goals.measured(asha);
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 20));
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 15));

        JsonDoc day = entries(Map.of("goalId", goal, "from", "2026-03-10", "to", "2026-03-10"));

        assertThat(day.getLong("total")).isEqualTo(2);
        List<BigDecimal> amounts = day.getList("items.amount", BigDecimal.class);
        assertThat(amounts).containsExactly(new BigDecimal("15"), new BigDecimal("20"));
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("35");
    }

    @Test
    void listPagesNewestFirstAndFilters() {
        long a = Goals.check(asha, "A");
        long b = Goals.check(asha, "B");
        long a1 = Goals.log(asha, a, Map.of("date", "2026-03-01"));
        long a2 = Goals.log(asha, a, Map.of("date", "2026-03-02"));
        long a3 = Goals.log(asha, a, Map.of("date", "2026-03-03"));
        long a4 = Goals.log(asha, a, Map.of("date", "2026-03-04"));
        long a5 = Goals.log(asha, a, Map.of("date", "2026-03-05"));
        long b1 = Goals.log(asha, b, Map.of("date", "2026-03-03"));
        long b2 = Goals.log(asha, b, Map.of("date", "2026-03-03"));

        JsonDoc all = entries(Map.of());
        assertThat(all.getInt("page")).isZero();
        assertThat(all.getInt("size")).isEqualTo(50);
        assertThat(all.getLong("total")).isEqualTo(7);
        assertThat(all.getList("items.id", Long.class)).containsExactly(a5, a4, b2, b1, a3, a2, a1);

        JsonDoc second = entries(Map.of("page", 1, "size", 3));
        assertThat(second.getList("items.id", Long.class)).containsExactly(b1, a3, a2);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getInt("size")).isEqualTo(3);
        assertThat(second.getLong("total")).isEqualTo(7);
        assertThat(entries(Map.of("page", 2, "size", 3)).getList("items.id", Long.class))
                .containsExactly(a1);
        assertThat(entries(Map.of("page", 3, "size", 3)).getList("items")).isEmpty();

        assertThat(entries(Map.of("goalId", b)).getList("items.id", Long.class)).containsExactly(b2, b1);
        assertThat(entries(Map.of("from", "2026-03-02", "to", "2026-03-03")).getList("items.id", Long.class))
                .containsExactly(b2, b1, a3, a2);
        JsonDoc filtered = entries(Map.of("goalId", a, "from", "2026-03-04", "size", 500));
        assertThat(filtered.getList("items.id", Long.class)).containsExactly(a5, a4);
        assertThat(filtered.getLong("total")).isEqualTo(2);
    }

    @Test
    void badPagingOrFiltersAre400AndOutOfBoundsAre422() {
        for (Map<String, ?> query : List.of(Map.of("size", 0), Map.of("size", 501), Map.of("page", -1))) {
            asha.api()
                    .queryParams(query)
                    .get("/api/v1/entries")
                    .then()
                    .spec(Problems.invalid(query.keySet().iterator().next()));
        }
        List<Map<String, ?>> queries = List.of(
                Map.of("size", "ten"),
                Map.of("from", "2026-02-30"),
                Map.of("to", "yesterday"),
                Map.of("goalId", "abc"));
        for (Map<String, ?> query : queries) {
            asha.api().queryParams(query).get("/api/v1/entries").then().spec(Problems.problem(400));
        }
    }

    @Test
    void putChangesTheEntry() {
        long goal = Goals.measured(asha);
        long id = Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 20));

        asha.api()
                .body(Map.of("date", "2026-03-09", "amount", 45, "note", "made up for it"))
                .put("/api/v1/entries/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("id", equalTo((int) id)))
                .body(Json.at("goalId", equalTo((int) goal)))
                .body(Json.at("date", equalTo("2026-03-09")))
                .body(Json.at("amount", equalTo(45)))
                .body(Json.at("note", equalTo("made up for it")));

        asha.api().get("/api/v1/entries/{id}", id).then().body(Json.at("amount", equalTo(45)));
        asha.api()
                .body(Map.of("date", "2026-03-09", "status", "skipped"))
                .put("/api/v1/entries/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("status", equalTo("skipped")))
                .body(Json.at("amount", nullValue()));
    }

    @Test
    void deleteRemovesTheEntry() {
        long goal = Goals.check(asha, "Go");
        long id = Goals.log(asha, goal, Map.of());
        long kept = Goals.log(asha, goal, Map.of("date", "2026-03-01"));

        asha.api().delete("/api/v1/entries/{id}", id).then().statusCode(204);

        asha.api().get("/api/v1/entries/{id}", id).then().spec(Problems.problem(404));
        asha.api().delete("/api/v1/entries/{id}", id).then().spec(Problems.problem(404));
        assertThat(Tables.count("practice_entry", "id = ?1", id)).isZero();
        assertThat(entries(Map.of("goalId", goal)).getList("items.id", Long.class))
                .containsExactly(kept);
    }

    @Test
    void unknownGoalOrEntryIs404() {
        asha.api()
                .body(Map.of())
                .post("/api/v1/goals/{id}/entries", Long.MAX_VALUE)
                .then()
                .spec(Problems.problem(404));
        asha.api().get("/api/v1/entries/{id}", Long.MAX_VALUE).then().spec(Problems.problem(404));
        asha.api()
                .body(Map.of())
                .put("/api/v1/entries/{id}", Long.MAX_VALUE)
                .then()
                .spec(Problems.problem(404));
        asha.api()
                .queryParam("goalId", Long.MAX_VALUE)
                .get("/api/v1/entries")
                .then()
                .spec(Problems.problem(404));
    }
}
