package dev.riyaz.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done on a Today card, and its Undo: one htmx answer updates the card, the day's summary and Recent practice; Undo
 * removes exactly the entry Done wrote, for its owner only; without JavaScript the same through redirects. Sat 14 Mar
 * 2026, 12:00 in Kolkata.
 */
@QuarkusTest
class LogPracticePagesTest {

    private static final Pattern UNDO_ID = Pattern.compile("name=\"entryId\" value=\"([0-9]+)\"");

    @Inject
    Rows rows;

    private WebForms.Visitor asha;
    private long minutes;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = WebForms.signedUp("done" + System.nanoTime() + "@example.com");
        minutes = goal(asha, Map.of("title", "Python", "kind", "measured", "unit", "minutes", "dailyTarget", "30"));
    }

    @Test
    void doneUpdatesCardSummaryAndRecentInOneAnswerAndUndoRestoresTheDatabase() {
        card(asha, Map.of("goalId", "" + minutes, "status", "done", "amount", "10"), true);
        String before = snapshot(asha);

        String answer = card(asha, Map.of("goalId", "" + minutes, "status", "done", "amount", "20"), true)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(answer)
                .contains("Done for today")
                .contains("Saved.")
                .contains("<p class=\"lead\" id=\"today-summary\" hx-swap-oob=\"true\">")
                .contains("1 of 1 done for today")
                .contains("id=\"recent\" aria-labelledby=\"recent-title\" hx-swap-oob=\"true\"")
                .contains("20 minutes")
                .doesNotContain("Nothing logged yet");
        long entry = undoId(answer);
        assertThat(snapshot(asha)).isNotEqualTo(before);

        String undone = post(asha, "/practice/undo", Map.of("entryId", "" + entry), true)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(undone)
                .contains("20 more minutes today")
                .contains("0 of 1 done for today")
                .doesNotContain("Saved.");
        assertThat(snapshot(asha))
                .as("the day is back to 10 minutes, as before")
                .isEqualTo(before);
    }

    @Test
    void withoutJavaScriptDoneRedirectsToTodayWhichOffersTheSameUndo() {
        String before = snapshot(asha);
        Response done = card(asha, Map.of("goalId", "" + minutes, "status", "done", "amount", "30"), false);
        done.then().statusCode(303);
        String location = done.header("Location");
        assertThat(location).matches(".*/\\?done=[0-9]+&milestone=first#goal-" + minutes);

        String today = asha.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""))
                .asString();
        assertThat(today).contains("Saved.").contains("Your first practice is in.");
        long entry = undoId(today);

        Response undo = post(asha, "/practice/undo", Map.of("entryId", "" + entry), false);
        undo.then().statusCode(303);
        assertThat(undo.header("Location")).contains("/?notice=undone");
        assertThat(asha.get("/?notice=undone").asString()).contains("Undone. That practice is removed.");
        assertThat(snapshot(asha)).isEqualTo(before);
    }

    @Test
    void nobodyCanUndoSomeoneElsesPracticeOrSeeItsUndo() {
        String answer = card(asha, Map.of("goalId", "" + minutes, "status", "done", "amount", "30"), true)
                .asString();
        long entry = undoId(answer);
        WebForms.Visitor ravi = WebForms.signedUp("ravi" + System.nanoTime() + "@example.com");

        post(ravi, "/practice/undo", Map.of("entryId", "" + entry), true).then().statusCode(404);
        post(ravi, "/practice/undo", Map.of("entryId", "" + entry), false)
                .then()
                .statusCode(404);
        assertThat(ravi.get("/?done=" + entry).asString()).doesNotContain("name=\"entryId\"");
        assertThat(rows.count("practice_entry", "id = ?", entry)).isEqualTo(1);
    }

    @Test
    void undoNeedsTheCsrfTokenAndAnEntryId() {
        long entry = undoId(card(asha, Map.of("goalId", "" + minutes, "status", "done", "amount", "30"), true)
                .asString());

        given().redirects()
                .follow(false)
                .cookie("riyaz_session", asha.session)
                .contentType("application/x-www-form-urlencoded")
                .formParam("entryId", entry)
                .post("/practice/undo")
                .then()
                .statusCode(403);
        post(asha, "/practice/undo", Map.of("entryId", "not a number"), false)
                .then()
                .statusCode(422);
        assertThat(rows.count("practice_entry", "id = ?", entry)).isEqualTo(1);
    }

    @Test
    void aDayOffFromTheCardCanBeUndoneToo() {
        String before = snapshot(asha);
        String answer = card(asha, Map.of("goalId", "" + minutes, "status", "skipped"), true)
                .asString();
        assertThat(answer).contains("Day off saved.").contains("Resting today");
        post(asha, "/practice/undo", Map.of("entryId", "" + undoId(answer)), true)
                .then()
                .statusCode(200);
        assertThat(snapshot(asha)).isEqualTo(before);
    }

    @Test
    void aSevenDayRunIsCelebratedOnceQuietly() {
        long scales = goal(asha, Map.of("title", "Scales", "kind", "check"));
        for (int day = 8; day <= 13; day++) {
            post(
                    asha,
                    "/practice",
                    Map.of("goalId", "" + scales, "date", "2026-03-" + String.format("%02d", day)),
                    false);
        }
        String seventh = card(asha, Map.of("goalId", "" + scales, "status", "done"), true)
                .asString();
        assertThat(seventh).contains("<p class=\"celebrate\">7 days in a row. Lovely steady work.</p>");

        String more = card(asha, Map.of("goalId", "" + scales, "status", "done"), true)
                .asString();
        assertThat(more).as("said once, when it happens").doesNotContain("class=\"celebrate\"");
    }

    @Test
    void aWeeklyGoalsFirstFullWeekIsCelebrated() {
        long katas = goal(asha, Map.of("title", "Katas", "kind", "check", "scheduleType", "weekly", "times", "3"));
        post(asha, "/practice", Map.of("goalId", "" + katas, "date", "2026-03-10"), false);
        post(asha, "/practice", Map.of("goalId", "" + katas, "date", "2026-03-12"), false);

        String answer =
                card(asha, Map.of("goalId", "" + katas, "status", "done"), true).asString();
        assertThat(answer)
                .contains("Your first full week. Every planned day, done.")
                .contains("Done for this week: week 1 of a new run");
    }

    /** The person's practice, day totals and goals as text; the goal's cache counter is left out (see below). */
    private String snapshot(WebForms.Visitor visitor) {
        return snapshot(rows, visitor.userId());
    }

    /** What Done and Undo may touch for one person, as text: equal snapshots mean Undo restored everything. */
    static String snapshot(Rows rows, long owner) {
        // practice_version only tells caches that practice changed: it moves on with every write, Undo included.
        List<Map<String, Object>> goals = rows.list("select * from goal where owner_id = ? order by id", owner);
        goals.forEach(goal -> goal.remove("practice_version"));
        return rows.list("select * from practice_entry where owner_id = ? order by id", owner)
                + "\n"
                + rows.list("select * from practice_day where owner_id = ? order by goal_id, practice_date", owner)
                + "\n" + goals;
    }

    static long goal(WebForms.Visitor visitor, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.putIfAbsent("scheduleType", "daily");
        all.putIfAbsent("startDate", "2026-03-01");
        visitor.post("/goals/new", "/goals", all);
        for (JsonNode goal : Json.read(given().cookie("riyaz_session", visitor.session)
                .get("/api/v1/goals")
                .then()
                .statusCode(200))) {
            if (goal.path("title").asText().equals(fields.get("title"))) {
                return Json.longAt(goal, "id");
            }
        }
        throw new AssertionError("no goal titled " + fields.get("title"));
    }

    static Response card(WebForms.Visitor visitor, Map<String, String> fields, boolean htmx) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("from", "card");
        return post(visitor, "/practice", all, htmx);
    }

    static Response post(WebForms.Visitor visitor, String action, Map<String, String> fields, boolean htmx) {
        visitor.get("/");
        var request = given().redirects()
                .follow(false)
                .cookie("riyaz_session", visitor.session)
                .cookie("csrf-token", visitor.csrf())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", visitor.csrf());
        fields.forEach(request::formParam);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.post(action);
    }

    static long undoId(String html) {
        Matcher m = UNDO_ID.matcher(html);
        assertThat(m.find()).as("an Undo form in: %s", html).isTrue();
        return Long.parseLong(m.group(1));
    }
}
