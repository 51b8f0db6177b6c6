package dev.riyaz.practice;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.ResponseSpecification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class EntryRulesTest {

    private People.Person asha;
    private long checkGoal;
    private long measuredGoal;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp("Asia/Kolkata");
        checkGoal = Goals.check(asha, "Leetcode");
        measuredGoal = Goals.measured(asha);
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private long entriesOfAsha() {
        return Tables.count("practice_entry", "owner_id = ?1", asha.id());
    }

    /** Logging this is refused as described and writes nothing. */
    private void refused(long goal, Map<String, Object> body, ResponseSpecification expected) {
        long before = entriesOfAsha();
        asha.api().body(body).post("/api/v1/goals/{id}/entries", goal).then().spec(expected);
        assertThat(entriesOfAsha()).as("entries after %s", body).isEqualTo(before);
    }

    @Test
    void futureDayIs422() {
        refused(checkGoal, entry("date", "2026-03-15"), Problems.invalid("date"));
        refused(checkGoal, entry("date", "2027-01-01"), Problems.invalid("date"));
    }

    @Test
    void daysBefore1970Are422() {
        refused(checkGoal, entry("date", "1969-12-31"), Problems.invalid("date"));
    }

    @Test
    void impossibleDateIs400() {
        refused(checkGoal, entry("date", "2026-02-30"), Problems.problem(400));
        refused(checkGoal, entry("date", "2026-13-01"), Problems.problem(400));
        refused(checkGoal, entry("date", "14.03.2026"), Problems.problem(400));
    }

    @Test
    void negativeAmountIs422() {
        refused(measuredGoal, entry("amount", -5), Problems.invalid("amount"));
        refused(checkGoal, entry("amount", -1), Problems.invalid("amount"));
    }

    @Test
    void measuredGoalNeedsAnAmount() {
        refused(measuredGoal, entry(), Problems.invalid("amount"));
        refused(measuredGoal, entry("amount", null), Problems.invalid("amount"));
        refused(measuredGoal, entry("amount", 0), Problems.invalid("amount"));
    }

    @Test
    void amountIsAtMost100000WithTwoDecimals() {
        refused(measuredGoal, entry("amount", 100001), Problems.invalid("amount"));
        refused(measuredGoal, entry("amount", 1.005), Problems.invalid("amount"));
        Goals.log(asha, measuredGoal, entry("amount", 100000));
        Goals.log(asha, measuredGoal, entry("amount", 0.25));
    }

    @Test
    void noteIsAtMost1000Characters() {
        refused(checkGoal, entry("note", "n".repeat(1001)), Problems.invalid("note"));

        asha.api()
                .body(entry("note", "n".repeat(1000)))
                .post("/api/v1/goals/{id}/entries", checkGoal)
                .then()
                .statusCode(201)
                .body(Json.at("note.length()", equalTo(1000)));
    }

    @Test
    void noteMayHaveLineBreaksAndTabsButNoOtherControlCharacters() {
        refused(checkGoal, entry("note", "ok\u0000"), Problems.invalid("note"));
        refused(checkGoal, entry("note", "\u001b[32mPASSED\u001b[0m"), Problems.invalid("note"));
        refused(checkGoal, entry("note", "\u0001".repeat(1000)), Problems.invalid("note"));

        asha.api()
                .body(entry("note", "line one\r\n\tline two"))
                .post("/api/v1/goals/{id}/entries", checkGoal)
                .then()
                .statusCode(201)
                .body(Json.at("note", equalTo("line one\r\n\tline two")));
    }

    @Test
    void statusIsDoneOrSkipped() {
        refused(checkGoal, entry("status", "finished"), Problems.invalid("status"));
        refused(checkGoal, entry("status", "DONE"), Problems.invalid("status"));
    }

    @Test
    void apiClientsMayOnlyClaimGitAsSource() {
        asha.api()
                .body(entry("source", "git"))
                .post("/api/v1/goals/{id}/entries", checkGoal)
                .then()
                .statusCode(201)
                .body(Json.at("source", equalTo("git")));

        refused(checkGoal, entry("source", "xyz"), Problems.invalid("source"));
        refused(checkGoal, entry("source", "web"), Problems.invalid("source"));
        refused(checkGoal, entry("source", "import"), Problems.invalid("source"));
    }

    @Test
    void unknownResourceIs422() {
        refused(checkGoal, entry("resourceId", 123456), Problems.invalid("resourceId"));
    }

    @Test
    void invalidChangeLeavesTheEntryAsItWas() {
        long id = Goals.log(asha, measuredGoal, entry("date", "2026-03-10", "amount", 20));
        String before = Tables.snapshot();

        asha.api()
                .body(entry("date", "2026-03-15", "amount", 20))
                .put("/api/v1/entries/{id}", id)
                .then()
                .spec(Problems.invalid("date"));
        asha.api()
                .body(entry("date", "2026-03-09", "amount", -20))
                .put("/api/v1/entries/{id}", id)
                .then()
                .spec(Problems.invalid("amount"));
        asha.api()
                .body(entry("date", "2026-03-09", "note", "x".repeat(1001)))
                .put("/api/v1/entries/{id}", id)
                .then()
                .spec(Problems.invalid("note"));

        assertThat(Tables.snapshot()).isEqualTo(before);
    }
}
