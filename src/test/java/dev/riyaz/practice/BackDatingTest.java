package dev.riyaz.practice;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;

import static org.hamcrest.Matchers.equalTo;

/** Practice logged before a goal's start date moves the start back, so it counts instead of vanishing. */
@QuarkusTest
class BackDatingTest {

    @Test
    void practiceBeforeTheStartMovesTheStartBack() {
        People.Person asha = People.signUp();
        long goal = Json.doc(asha.api()
                        .body(Map.of("title", "Python", "startDate", "2026-03-01"))
                        .post("/api/v1/goals")
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");

        asha.api()
                .body(Map.of("date", "2026-02-20"))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201);
        asha.api().get("/api/v1/goals/{id}", goal).then().body(Json.at("startDate", equalTo("2026-02-20")));

        asha.api()
                .body(Map.of("date", "2026-03-05"))
                .post("/api/v1/goals/{id}/entries", goal)
                .then()
                .statusCode(201);
        asha.api().get("/api/v1/goals/{id}", goal).then().body(Json.at("startDate", equalTo("2026-02-20")));
    }
}
