package dev.riyaz.postgres;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

/** The practice entries API on PostgreSQL: what a client sees and the rows behind it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresPracticeApiTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    @Inject
    Rows rows;

    @Test
    void measuredPracticeKeepsDecimalAmounts() {
        Person asha = People.signUp();
        long goal = Goals.create(asha, Goals.measured("Katas", "minutes", "30"));

        for (String amount : new String[] {"12.25", "0.5", "100000"}) {
            long id = asha.api()
                    .config(Entries.EXACT_DECIMALS)
                    .body(Entries.amount(MONDAY, amount))
                    .post("/api/v1/goals/{id}/entries", goal)
                    .then()
                    .statusCode(201)
                    .body("goalId", equalTo((int) goal))
                    .body("amount", hasToString(amount))
                    .body("source", equalTo("api"))
                    .extract()
                    .jsonPath()
                    .getLong("id");
            assertThat((BigDecimal) rows.one("select amount from practice_entry where id = ?", id)
                            .get("amount"))
                    .isEqualByComparingTo(amount)
                    .hasScaleOf(2);
        }
        assertThat(rows.one("select sum(amount) as total from practice_entry where goal_id = ?", goal))
                .containsEntry("total", new BigDecimal("100012.75"));
    }

    @Test
    void aLoggedEntryReadsBackExactlyAsItWasAnswered() {
        Person asha = People.signUp();
        long goal = Goals.create(asha, Goals.measured("Katas", "minutes", "30"));
        Map<String, Object> entry = Entries.amount(MONDAY, "12.50");
        entry.put("note", "Kata: bowling score");

        Map<String, Object> created = asha.api()
                .body(entry)
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201)
                .body("amount", hasToString("12.5"))
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> read = asha.api()
                .get("/api/v1/entries/{id}", created.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void checkGoalLogsDoneAndSkippedDaysWithoutAmounts() {
        Person asha = People.signUp();
        long goal = Goals.create(asha, Goals.check("Commit"));
        Map<String, Object> done = Entries.done(MONDAY);
        done.put("note", "Fixed the flaky test ✓");
        long doneId = Entries.log(asha, goal, done);
        asha.api()
                .body(Entries.skipped(MONDAY.plusDays(1)))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201)
                .body("status", equalTo("skipped"))
                .body("amount", nullValue());

        asha.api()
                .get("/api/v1/entries/{id}", doneId)
                .then()
                .statusCode(200)
                .body("note", equalTo("Fixed the flaky test ✓"));
        assertThat(rows.list(
                        "select entry_date, status, amount from practice_entry where goal_id = ? order by entry_date",
                        goal))
                .extracting(r -> r.get("status") + "/" + r.get("amount"))
                .containsExactly("done/null", "skipped/null");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerOnce() {
        Person asha = People.signUp();
        long goal = Goals.create(asha, Goals.measured("Read", "pages", "10"));
        Map<String, Object> entry = Entries.amount(MONDAY, "7.5");

        String first = logWithKey(asha, goal, "retry-1", entry)
                .statusCode(201)
                .extract()
                .asString();
        String again = logWithKey(asha, goal, "retry-1", entry)
                .statusCode(201)
                .extract()
                .asString();
        assertThat(again).isEqualTo(first);
        assertThat(rows.count("practice_entry", "goal_id = ?", goal)).isOne();
        assertThat(rows.count("idempotency_record", "owner_id = ?", asha.id())).isOne();

        logWithKey(asha, goal, "retry-1", Entries.amount(MONDAY, "8"))
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(rows.count("practice_entry", "goal_id = ?", goal)).isOne();

        Person ravi = People.signUp();
        long raviGoal = Goals.create(ravi, Goals.measured("Read", "pages", "10"));
        logWithKey(ravi, raviGoal, "retry-1", entry).statusCode(201);
        assertThat(rows.count("practice_entry", "owner_id = ?", ravi.id())).isOne();
    }

    @Test
    void entriesArePagedNewestFirstAndFiltered() {
        Person asha = People.signUp();
        long katas = Goals.create(asha, Goals.check("Katas"));
        long reading = Goals.create(asha, Goals.check("Reading"));
        long a = Entries.log(asha, katas, Entries.done(MONDAY));
        long b = Entries.log(asha, reading, Entries.done(MONDAY.plusDays(1)));
        long c = Entries.log(asha, katas, Entries.done(MONDAY.plusDays(1)));
        long d = Entries.log(asha, katas, Entries.done(MONDAY.plusDays(2)));
        long e = Entries.log(asha, reading, Entries.done(MONDAY.minusDays(1)));

        assertThat(Entries.pageIds(asha, "page=0&size=2")).containsExactly(d, c);
        assertThat(Entries.pageIds(asha, "page=1&size=2")).containsExactly(b, a);
        assertThat(Entries.pageIds(asha, "page=2&size=2")).containsExactly(e);
        JsonDoc pastTheEnd = Entries.page(asha, "page=3&size=2");
        assertThat(pastTheEnd.getList("items")).isEmpty();
        assertThat(pastTheEnd.getMap(""))
                .containsEntry("page", 3)
                .containsEntry("size", 2)
                .containsEntry("total", 5);
        assertThat(Entries.pageIds(asha, "goalId=" + katas)).containsExactly(d, c, a);
        assertThat(Entries.page(asha, "goalId=" + katas).getInt("total")).isEqualTo(3);
        assertThat(Entries.pageIds(asha, "from=" + MONDAY + "&to=" + MONDAY.plusDays(1)))
                .containsExactly(c, b, a);
        assertThat(Entries.pageIds(asha, "goalId=" + reading + "&to=" + MONDAY)).containsExactly(e);
    }

    @Test
    void putChangesAnEntryAndDeleteRemovesIt() {
        Person asha = People.signUp();
        long goal = Goals.create(asha, Goals.measured("Katas", "minutes", "30"));
        long id = Entries.log(asha, goal, Entries.amount(MONDAY, "20"));

        Map<String, Object> change = Entries.amount(MONDAY.minusDays(3), "45.75");
        change.put("note", "Longer session");
        asha.api()
                .config(Entries.EXACT_DECIMALS)
                .body(change)
                .put("/api/v1/entries/{id}", id)
                .then()
                .statusCode(200)
                .body("date", equalTo(MONDAY.minusDays(3).toString()))
                .body("amount", equalTo(new BigDecimal("45.75")))
                .body("note", equalTo("Longer session"));
        assertThat(rows.one("select entry_date, amount, note from practice_entry where id = ?", id))
                .containsEntry("entry_date", Date.valueOf(MONDAY.minusDays(3)))
                .containsEntry("amount", new BigDecimal("45.75"))
                .containsEntry("note", "Longer session");

        asha.api().delete("/api/v1/entries/{id}", id).then().statusCode(204);
        asha.api().get("/api/v1/entries/{id}", id).then().statusCode(404);
        assertThat(rows.count("practice_entry", "id = ?", id)).isZero();
    }

    @Test
    void anotherPersonsGoalsAndEntriesAreNotFound() {
        Person asha = People.signUp();
        Person ravi = People.signUp();
        long goal = Goals.create(asha, Goals.check("Private"));
        long entry = Entries.log(asha, goal, Entries.done(MONDAY));

        ravi.api()
                .body(Entries.done(MONDAY))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(404);
        ravi.api().get("/api/v1/entries/{id}", entry).then().statusCode(404).contentType("application/problem+json");
        ravi.api()
                .body(Entries.done(MONDAY))
                .put("/api/v1/entries/{id}", entry)
                .then()
                .statusCode(404);
        ravi.api().delete("/api/v1/entries/{id}", entry).then().statusCode(404);
        ravi.api().get("/api/v1/entries?goalId=" + goal).then().statusCode(404);
        assertThat(rows.count("practice_entry", "goal_id = ?", goal)).isOne();
    }

    private static ValidatableResponse logWithKey(Person who, long goal, String key, Map<String, Object> entry) {
        return who.api()
                .header("Idempotency-Key", key)
                .body(entry)
                .post("/api/v1/goals/{id}/entries", goal)
                .then();
    }
}
