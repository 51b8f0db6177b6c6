package dev.riyaz.common;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Every date, range, count, page size, list and search text a client chooses in the JSON API has a limit: one past it
 * is a 422 naming the field and the limit, the limit itself still works.
 */
@QuarkusTest
class BoundsTest {

    static final String HUGE_DATE = "+999999999-12-31";
    static final String TINY_DATE = "-999999999-01-01";
    static final String WINDOW = "between 1970-01-01 and 2100-12-31";
    static final LocalDate SPAN_START = LocalDate.of(2000, 1, 1);
    static final LocalDate SPAN_LAST = SPAN_START.plusDays(Bounds.MAX_DAYS - 1);

    private People.Person asha;
    private long goal;

    @BeforeEach
    void setUp() {
        asha = People.signUp();
        goal = Goals.check(asha, "Katas");
    }

    @Test
    void scoresTakeDatesInTheWindowAndAtMostTenYears() {
        String path = "/api/v1/goals/" + goal + "/scores";
        refused(path, Map.of("to", HUGE_DATE), "to", WINDOW);
        refused(path, Map.of("from", TINY_DATE), "from", WINDOW);
        refused(path, Map.of("from", "1969-12-31", "to", "1970-01-31"), "from", WINDOW);
        refused(path, span(1), "to", "at most 3660 days");
        get(path, Map.of("to", "2100-12-31")).statusCode(200).body(Json.at("$", hasSize(90)));
        get(path, span(0)).statusCode(200).body(Json.at("$", hasSize(Bounds.MAX_DAYS)));
        get(path, Map.of("from", "1970-01-01", "to", "1970-01-31")).statusCode(200);
    }

    @Test
    void summaryTakesDatesInTheWindowAndAtMostTenYears() {
        String path = "/api/v1/summary";
        refused(path, Map.of("from", "2026-01-01", "to", HUGE_DATE), "to", WINDOW);
        refused(path, Map.of("from", TINY_DATE), "from", WINDOW);
        refused(path, span(1), "to", "at most 3660 days");
        get(path, span(0)).statusCode(200).body(Json.at("title", hasItem("Katas")));
        get(path, Map.of("from", "2100-12-01", "to", "2100-12-31")).statusCode(200);
    }

    @Test
    void statsTakeADayInTheWindow() {
        String path = "/api/v1/goals/" + goal + "/stats";
        refused(path, Map.of("on", HUGE_DATE), "on", WINDOW);
        refused(path, Map.of("on", "1969-12-31"), "on", WINDOW);
        get(path, Map.of("on", "1970-01-01")).statusCode(200).body(Json.at("on", equalTo("1970-01-01")));
    }

    @Test
    void entriesTakePagesOfAtMost500AndDatesInTheWindow() {
        Goals.log(asha, goal, Map.of());
        String path = "/api/v1/entries";
        refused(path, Map.of("size", "501"), "size", "from 1 to 500");
        refused(path, Map.of("size", "0"), "size", "from 1 to 500");
        refused(path, Map.of("page", "1000001"), "page", "from 0 to 1000000");
        refused(path, Map.of("to", HUGE_DATE), "to", WINDOW);
        refused(path, Map.of("from", TINY_DATE), "from", WINDOW);
        get(path, Map.of("size", "500"))
                .statusCode(200)
                .body(Json.at("size", equalTo(500)))
                .body(Json.at("items", hasSize(1)));
        get(path, Map.of("page", "1000000")).statusCode(200).body(Json.at("items", hasSize(0)));
        get(path, Map.of("from", "1970-01-01", "to", "2100-12-31"))
                .statusCode(200)
                .body(Json.at("items", hasSize(1)));
    }

    @Test
    void upcomingFiringsAreAtMost100FromADayInTheWindow() {
        long reminder = Reminders.addAt(asha, goal, "07:30");
        String path = "/api/v1/reminders/" + reminder + "/upcoming";
        refused(path, Map.of("count", "101"), "count", "from 1 to 100");
        refused(path, Map.of("from", TINY_DATE), "from", WINDOW);
        refused(path, Map.of("from", HUGE_DATE), "from", WINDOW);
        get(path, Map.of("count", "100", "from", "2100-12-31")).statusCode(200).body(Json.at("$", hasSize(100)));
        get(path, Map.of("count", "1", "from", "1970-01-01")).statusCode(200).body(Json.at("$", hasSize(1)));
    }

    @Test
    void librarySearchTextAndTagAreShort() {
        String path = "/api/v1/resources";
        refused(path, Map.of("q", "a".repeat(201)), "q", "at most 200 characters");
        refused(path, Map.of("tag", "a".repeat(31)), "tag", "at most 30 characters");
        get(path, Map.of("q", "a".repeat(200))).statusCode(200).body(Json.at("$", hasSize(0)));
        get(path, Map.of("tag", "a".repeat(30))).statusCode(200).body(Json.at("$", hasSize(0)));
    }

    @Test
    void goalsTakeAtMost10TagsAnd7Weekdays() {
        Map<String, Object> tooMany = Goals.check("Tagged");
        tooMany.put("tags", words(11));
        tooMany.put("schedule", Map.of("type", "weekdays", "days", Collections.nCopies(8, "MON")));
        asha.api()
                .body(tooMany)
                .post("/api/v1/goals")
                .then()
                .spec(Problems.invalid("tags"))
                .spec(Problems.invalid("schedule.days"))
                .body(Json.at("errors.message", hasItem("Use at most 10 tags.")))
                .body(Json.at("errors.message", hasItem(containsString("at most 7 days"))));

        Map<String, Object> atLimit = Goals.check("Tagged");
        atLimit.put("tags", words(10));
        atLimit.put("schedule", Goals.weekdays("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
        asha.api().body(atLimit).post("/api/v1/goals").then().statusCode(201).body(Json.at("tags", hasSize(10)));
        asha.api()
                .body(Map.of("tags", words(11)))
                .patch("/api/v1/goals/{id}", goal)
                .then()
                .spec(Problems.invalid("tags"));
    }

    @Test
    void resourcesTakeAtMost50GoalsAnd10Tags() {
        Map<String, Object> tooMany = Map.of(
                "url", "https://docs.python.org/3/", "goalIds", Collections.nCopies(51, goal), "tags", words(11));
        asha.api()
                .body(tooMany)
                .post("/api/v1/resources")
                .then()
                .spec(Problems.invalid("goalIds"))
                .spec(Problems.invalid("tags"))
                .body(Json.at("errors.message", hasItem("Attach at most 50 goals.")));
        asha.api()
                .body(Map.of("url", "https://docs.python.org/3/", "goalIds", Collections.nCopies(50, goal)))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .body(Json.at("goalIds", equalTo(List.of((int) goal))));
    }

    @Test
    void remindersTakeAtMost7Days() {
        asha.api()
                .body(Map.of("time", "07:30", "days", Collections.nCopies(8, "MON")))
                .post("/api/v1/goals/{id}/reminders", goal)
                .then()
                .spec(Problems.invalid("days"));
        Reminders.add(
                asha, goal, Map.of("time", "07:30", "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")));
    }

    private static Map<String, String> span(int extraDays) {
        return Map.of(
                "from",
                SPAN_START.toString(),
                "to",
                SPAN_LAST.plusDays(extraDays).toString());
    }

    private static List<String> words(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "tag" + i).toList();
    }

    private ValidatableResponse get(String path, Map<String, String> query) {
        return asha.api().queryParams(query).get(path).then();
    }

    private void refused(String path, Map<String, String> query, String field, String limit) {
        JsonNode problem = Json.read(get(path, query).spec(Problems.invalid(field)));
        String message = null;
        for (JsonNode error : problem.path("errors")) {
            if (message == null && field.equals(error.path("field").textValue())) {
                message = error.path("message").textValue();
            }
        }
        assertThat(message).as("the message for %s in %s", field, problem).contains(limit);
    }
}
