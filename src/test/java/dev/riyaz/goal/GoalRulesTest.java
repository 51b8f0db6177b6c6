package dev.riyaz.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

@QuarkusTest
class GoalRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Asia/Kolkata"));

    private People.Person asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(NOW);
        asha = People.signUp("Asia/Kolkata");
    }

    /** A valid measured goal with one field replaced (or removed, for a null value). */
    private static Map<String, Object> goalWith(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Leetcode");
        body.put("kind", "measured");
        body.put("unit", "problems");
        body.put("dailyTarget", 2);
        body.put("schedule", Map.of("type", "daily"));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> schedule(Object... keysAndValues) {
        Map<String, Object> schedule = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            schedule.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return schedule;
    }

    private long goalsOfAsha() {
        return Tables.count("goal", "owner_id = ?1", asha.id());
    }

    private void rejected(String field, Object value, String reportedAs) {
        long before = goalsOfAsha();
        asha.api().body(goalWith(field, value)).post("/api/v1/goals").then().spec(Problems.invalid(reportedAs));
        assertThat(goalsOfAsha()).as("%s = %s", field, value).isEqualTo(before);
    }

    private void accepted(String field, Object value) {
        asha.api().body(goalWith(field, value)).post("/api/v1/goals").then().statusCode(201);
    }

    @Test
    void titleIsRequiredAndShort() {
        rejected("title", null, "title");
        rejected("title", "", "title");
        rejected("title", "   ", "title");
        rejected("title", "x".repeat(101), "title");
        accepted("title", "x".repeat(100));
    }

    @Test
    void descriptionIsOptionalButShort() {
        rejected("description", "d".repeat(1001), "description");
        accepted("description", "d".repeat(1000));
        accepted("description", null);
    }

    @Test
    void kindIsCheckOrMeasured() {
        rejected("kind", "habit", "kind");
        rejected("kind", "MEASURED", "kind");
    }

    @Test
    void measuredGoalNeedsAUnit() {
        rejected("unit", null, "unit");
        rejected("unit", " ", "unit");
        rejected("unit", "u".repeat(31), "unit");
    }

    @Test
    void measuredGoalNeedsAPositiveDailyTarget() {
        rejected("dailyTarget", null, "dailyTarget");
        rejected("dailyTarget", 0, "dailyTarget");
        rejected("dailyTarget", -5, "dailyTarget");
        rejected("dailyTarget", 100001, "dailyTarget");
        rejected("dailyTarget", 1.234, "dailyTarget");
        accepted("dailyTarget", 100000);
        accepted("dailyTarget", 0.25);
    }

    @Test
    void scheduleTypeMustBeKnown() {
        rejected("schedule", schedule("type", "yearly"), "schedule.type");
        rejected("schedule", schedule("type", "DAILY"), "schedule.type");
        rejected("schedule", schedule(), "schedule.type");
    }

    @Test
    void weeklyAndMonthlySchedulesNeedSensibleTimes() {
        rejected("schedule", schedule("type", "weekly"), "schedule.times");
        rejected("schedule", schedule("type", "weekly", "times", 0), "schedule.times");
        rejected("schedule", schedule("type", "weekly", "times", 8), "schedule.times");
        rejected("schedule", schedule("type", "monthly", "times", 32), "schedule.times");
        accepted("schedule", schedule("type", "weekly", "times", 7));
        accepted("schedule", schedule("type", "monthly", "times", 31));
    }

    @Test
    void weekdaySchedulesNeedRealWeekdays() {
        rejected("schedule", schedule("type", "weekdays"), "schedule.days");
        rejected("schedule", schedule("type", "weekdays", "days", List.of()), "schedule.days");
        rejected("schedule", schedule("type", "weekdays", "days", List.of("MON", "XYZ")), "schedule.days");
        rejected("schedule", schedule("type", "weekdays", "days", List.of("MONDAY")), "schedule.days");
        rejected("schedule", schedule("type", "weekdays", "days", Arrays.asList("MON", null)), "schedule.days");
    }

    @Test
    void intervalSchedulesNeedAnInterval() {
        rejected("schedule", schedule("type", "interval"), "schedule.every");
        rejected("schedule", schedule("type", "interval", "every", 0), "schedule.every");
        rejected("schedule", schedule("type", "interval", "every", 366), "schedule.every");
        accepted("schedule", schedule("type", "interval", "every", 365));
    }

    @Test
    void colourMustBeAHexColour() {
        rejected("color", "red", "color");
        rejected("color", "#12345", "color");
        rejected("color", "#1234567", "color");
        rejected("color", "#12345g", "color");
    }

    @Test
    void tagsAreFewShortAndCommaFree() {
        rejected("tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), "tags");
        rejected("tags", List.of(""), "tags");
        rejected("tags", List.of("a,b"), "tags");
        rejected("tags", List.of("t".repeat(31)), "tags");
        rejected("tags", Arrays.asList("java", null), "tags");
        accepted("tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
    }

    @Test
    void startDateIsBetween1970AndAYearAhead() {
        rejected("startDate", "1969-12-31", "startDate");
        rejected("startDate", TODAY.plusYears(1).plusDays(1).toString(), "startDate");
        accepted("startDate", "1970-01-01");
        accepted("startDate", TODAY.plusYears(1).toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> body = goalWith("title", "");
        body.put("color", "blue");
        body.put("dailyTarget", -1);

        asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .spec(Problems.problem(422))
                .body(Json.at("errors.field", containsInAnyOrder("title", "dailyTarget", "color")));
    }

    @Test
    void invalidPutOrPatchLeavesTheGoalAsItWas() {
        long id = Goals.check(asha, "Unchanged");
        String before = Tables.snapshot();

        asha.api()
                .body(Map.of("title", "Changed", "color", "nope"))
                .put("/api/v1/goals/{id}", id)
                .then()
                .spec(Problems.invalid("color"));
        asha.api()
                .body(Map.of("title", " "))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .spec(Problems.invalid("title"));
        asha.api()
                .body(Map.of("kind", "measured"))
                .patch("/api/v1/goals/{id}", id)
                .then()
                .spec(Problems.invalid("unit"))
                .spec(Problems.invalid("dailyTarget"));

        assertThat(Tables.snapshot()).isEqualTo(before);
    }
}
