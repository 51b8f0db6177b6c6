package dev.riyaz.practice;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-day totals follow every write: logging, changing the day or amount, and deleting. */
@QuarkusTest
class DayTotalsTest {

    @Inject
    Rows rows;

    private Map<String, Object> day(long goal, String date) {
        return rows.one(
                "select done_count, skipped_count, amount_total from practice_day where goal_id = ? and practice_date = ?",
                goal,
                java.sql.Date.valueOf(date));
    }

    private long days(long goal) {
        return rows.count("practice_day", "goal_id = ?", goal);
    }

    @Test
    void entriesOnOneDayAddUp() {
        People.Person asha = People.signUp();
        long goal = Goals.measured(asha);
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 20));
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 12.5));
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "status", "skipped"));

        Map<String, Object> totals = day(goal, "2026-03-10");
        assertThat(((Number) totals.get("done_count")).intValue()).isEqualTo(2);
        assertThat(((Number) totals.get("skipped_count")).intValue()).isEqualTo(1);
        assertThat(new BigDecimal(totals.get("amount_total").toString())).isEqualByComparingTo("32.5");
    }

    @Test
    void movingAnEntryToAnotherDayMovesItsTotal() {
        People.Person asha = People.signUp();
        long goal = Goals.measured(asha);
        long first = Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 20));
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 10));

        asha.api()
                .body(Map.of("date", "2026-03-11", "amount", 45))
                .put("/api/v1/entries/{id}", first)
                .then()
                .statusCode(200);

        assertThat(new BigDecimal(day(goal, "2026-03-10").get("amount_total").toString()))
                .isEqualByComparingTo("10");
        assertThat(new BigDecimal(day(goal, "2026-03-11").get("amount_total").toString()))
                .isEqualByComparingTo("45");
    }

    @Test
    void deletingTheLastEntryOfADayRemovesTheDay() {
        People.Person asha = People.signUp();
        long goal = Goals.check(asha, "Python");
        long entry = Goals.log(asha, goal, Map.of("date", "2026-03-10"));
        assertThat(days(goal)).isOne();
        assertThat(((Number) day(goal, "2026-03-10").get("done_count")).intValue())
                .isOne();

        asha.api().delete("/api/v1/entries/{id}", entry).then().statusCode(204);
        assertThat(days(goal)).isZero();
    }

    @Test
    void aRefusedEntryChangesNoTotals() {
        People.Person asha = People.signUp();
        long goal = Goals.measured(asha);
        Goals.log(asha, goal, Map.of("date", "2026-03-10", "amount", 20));
        asha.api()
                .body(Map.of("date", "2026-03-10", "amount", -3))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(422);
        assertThat(new BigDecimal(day(goal, "2026-03-10").get("amount_total").toString()))
                .isEqualByComparingTo("20");
    }
}
