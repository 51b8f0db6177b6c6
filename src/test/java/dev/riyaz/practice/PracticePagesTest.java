package dev.riyaz.practice;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class PracticePagesTest {

    @Inject
    Rows rows;

    private long newGoal(WebForms.Visitor visitor, String title) {
        visitor.post(
                "/goals/new",
                "/goals",
                Map.of("title", title, "kind", "measured", "dailyTarget", "30", "unit", "minutes"));
        return ((Number) rows.one("select id from goal where owner_id = ? and title = ?", visitor.userId(), title)
                        .get("id"))
                .longValue();
    }

    private static WebForms.Visitor someone() {
        return WebForms.signedUp("practice" + System.nanoTime() + "@example.com");
    }

    @Test
    void quickLogSavesPracticeFromTheWeb() {
        WebForms.Visitor asha = someone();
        long goal = newGoal(asha, "Python");
        Response answer = asha.post(
                "/", "/practice", Map.of("goalId", "" + goal, "amount", "45", "note", "loops", "status", "done"));
        assertThat(answer.getStatusCode()).isEqualTo(303);
        Map<String, Object> row = rows.one("select * from practice_entry where goal_id = ?", goal);
        assertThat(row.get("source")).isEqualTo("web");
        assertThat(((Number) row.get("amount")).intValue()).isEqualTo(45);
        asha.get("/").then().body(containsString("Done for today")).body(containsString("loops"));
    }

    @Test
    void quickLogErrorsAreShownNextToTheFieldAndNothingIsSaved() {
        WebForms.Visitor asha = someone();
        long goal = newGoal(asha, "Python");
        Response answer = asha.post("/", "/practice", Map.of("goalId", "" + goal, "amount", "-5", "note", "kept note"));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("The amount can&#39;t be negative.")
                .contains("value=\"kept note\"");
        Response future = asha.post("/", "/practice", Map.of("goalId", "" + goal, "amount", "5", "date", "2999-01-01"));
        assertThat(future.getStatusCode()).isEqualTo(422);
        assertThat(future.asString()).contains("a day that has not come yet");
        assertThat(rows.count("practice_entry", "goal_id = ?", goal)).isZero();
    }

    @Test
    void aDayOffRestsTheCardAndLeavesTheDaysCount() {
        WebForms.Visitor asha = someone();
        long python = newGoal(asha, "Python");
        newGoal(asha, "CSS");
        asha.post("/", "/practice", Map.of("goalId", "" + python, "status", "skipped"));
        String page = asha.get("/").asString();
        assertThat(page)
                .contains("Resting today. Rest is part of practice.")
                .contains("Done anyway")
                .contains("0 of 1 done for today · 1 day off");
    }

    @Test
    void entriesCanBeChangedAndDeleted() {
        WebForms.Visitor asha = someone();
        long goal = newGoal(asha, "Python");
        asha.post("/", "/practice", Map.of("goalId", "" + goal, "amount", "10"));
        long entry = ((Number) rows.one("select id from practice_entry where goal_id = ?", goal)
                        .get("id"))
                .longValue();

        asha.get("/entries/" + entry + "/edit").then().statusCode(200).body(containsString("value=\"10\""));
        Response saved = asha.post(
                "/entries/" + entry + "/edit",
                "/entries/" + entry,
                Map.of("date", "2026-01-10", "amount", "25", "status", "done", "note", "recursion"));
        assertThat(saved.getStatusCode()).isEqualTo(303);
        Map<String, Object> row = rows.one("select * from practice_entry where id = ?", entry);
        assertThat(((Number) row.get("amount")).intValue()).isEqualTo(25);
        assertThat(row.get("note")).isEqualTo("recursion");
        assertThat(row.get("entry_date").toString()).isEqualTo("2026-01-10");

        asha.post("/entries/" + entry + "/edit", "/entries/" + entry + "/delete", Map.of());
        assertThat(rows.count("practice_entry", "id = ?", entry)).isZero();
    }

    @Test
    void anotherPersonsEntriesAndGoalsAre404() {
        WebForms.Visitor asha = someone();
        long goal = newGoal(asha, "Python");
        asha.post("/", "/practice", Map.of("goalId", "" + goal, "amount", "10"));
        long entry = ((Number) rows.one("select id from practice_entry where goal_id = ?", goal)
                        .get("id"))
                .longValue();

        WebForms.Visitor ravi = someone();
        ravi.get("/entries/" + entry + "/edit").then().statusCode(404);
        assertThat(ravi.post("/", "/entries/" + entry, Map.of("amount", "99")).getStatusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/", "/entries/" + entry + "/delete", Map.of()).getStatusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/", "/practice", Map.of("goalId", "" + goal, "amount", "5"))
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(rows.count("practice_entry", "goal_id = ?", goal)).isOne();
        assertThat(((Number) rows.one("select amount from practice_entry where id = ?", entry)
                                .get("amount"))
                        .intValue())
                .isEqualTo(10);
    }
}
