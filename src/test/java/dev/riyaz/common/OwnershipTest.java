package dev.riyaz.common;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Another person's ids behave exactly like ids that do not exist: 404, and nothing changes. */
@QuarkusTest
class OwnershipTest {

    private static final long MISSING = Long.MAX_VALUE;

    private People.Person asha;
    private People.Person ravi;
    private long goal;
    private long entry;
    private long token;
    private String before;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp();
        goal = Goals.measured(asha);
        entry = Goals.log(asha, goal, Map.of("amount", 20, "note", "Asha's"));
        token = Json.longAt(
                Json.read(asha.api().get("/api/v1/tokens").then().statusCode(200))
                        .path(0),
                "id");
        ravi = People.signUp();
        ravi.api().get("/api/v1/me").then().statusCode(200);
        before = Tables.snapshot();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(Tables.snapshot()).isEqualTo(before);
        asha.api().get("/api/v1/goals/{id}", goal).then().statusCode(200);
        assertThat(Json.textAt(
                        asha.api().get("/api/v1/entries/{id}", entry).then().statusCode(200), "note"))
                .isEqualTo("Asha's");
    }

    /** Ravi's answer for Asha's id is a 404 and word for word the answer for an id that does not exist. */
    private static void sameAsMissing(ValidatableResponse forAshasId, ValidatableResponse forMissingId) {
        String ashas = forAshasId.spec(Problems.problem(404)).extract().asString();
        String missing = forMissingId.spec(Problems.problem(404)).extract().asString();
        assertThat(ashas).isEqualTo(missing);
    }

    private static Map<String, Object> goalBody() {
        return Map.of("title", "Taken over", "kind", "check", "archived", true);
    }

    @Test
    void anotherPersonsGoalCannotBeReadOrChanged() {
        sameAsMissing(
                ravi.api().get("/api/v1/goals/{id}", goal).then(),
                ravi.api().get("/api/v1/goals/{id}", MISSING).then());
        sameAsMissing(
                ravi.api().body(goalBody()).put("/api/v1/goals/{id}", goal).then(),
                ravi.api().body(goalBody()).put("/api/v1/goals/{id}", MISSING).then());
        sameAsMissing(
                ravi.api()
                        .body(Map.of("archived", true, "position", 5))
                        .patch("/api/v1/goals/{id}", goal)
                        .then(),
                ravi.api()
                        .body(Map.of("archived", true, "position", 5))
                        .patch("/api/v1/goals/{id}", MISSING)
                        .then());
        sameAsMissing(
                ravi.api().delete("/api/v1/goals/{id}", goal).then(),
                ravi.api().delete("/api/v1/goals/{id}", MISSING).then());
    }

    @Test
    void practiceCannotBeLoggedOnAnotherPersonsGoal() {
        Map<String, Object> body = Map.of("amount", 5);
        sameAsMissing(
                ravi.api().body(body).post("/api/v1/goals/{id}/entries", goal).then(),
                ravi.api()
                        .body(body)
                        .post("/api/v1/goals/{id}/entries", MISSING)
                        .then());
        sameAsMissing(
                ravi.api()
                        .header("Idempotency-Key", "k1")
                        .body(body)
                        .post("/api/v1/goals/{id}/entries", goal)
                        .then(),
                ravi.api()
                        .header("Idempotency-Key", "k2")
                        .body(body)
                        .post("/api/v1/goals/{id}/entries", MISSING)
                        .then());
    }

    @Test
    void anotherPersonsEntryCannotBeReadOrChanged() {
        Map<String, Object> body = Map.of("date", "2026-03-01", "amount", 99, "note", "Ravi's now");
        sameAsMissing(
                ravi.api().get("/api/v1/entries/{id}", entry).then(),
                ravi.api().get("/api/v1/entries/{id}", MISSING).then());
        sameAsMissing(
                ravi.api().body(body).put("/api/v1/entries/{id}", entry).then(),
                ravi.api().body(body).put("/api/v1/entries/{id}", MISSING).then());
        sameAsMissing(
                ravi.api().delete("/api/v1/entries/{id}", entry).then(),
                ravi.api().delete("/api/v1/entries/{id}", MISSING).then());
    }

    @Test
    void entriesOfAnotherPersonsGoalCannotBeListed() {
        sameAsMissing(
                ravi.api().queryParam("goalId", goal).get("/api/v1/entries").then(),
                ravi.api().queryParam("goalId", MISSING).get("/api/v1/entries").then());
    }

    @Test
    void anotherPersonsTokenCannotBeRevoked() {
        sameAsMissing(
                ravi.api().delete("/api/v1/tokens/{id}", token).then(),
                ravi.api().delete("/api/v1/tokens/{id}", MISSING).then());

        asha.api().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void listsShowOnlyOnesOwnThings() {
        ravi.api().get("/api/v1/goals").then().statusCode(200).body(Json.at("$", empty()));
        ravi.api().queryParam("archived", "all").get("/api/v1/goals").then().body(Json.at("$", empty()));
        ravi.api().get("/api/v1/entries").then().statusCode(200).body(Json.at("total", equalTo(0)));
        ravi.api()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body(Json.at("size()", equalTo(1)))
                .body(Json.at("[0].id", not(equalTo((int) token))));
    }
}
