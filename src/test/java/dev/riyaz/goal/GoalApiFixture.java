package dev.riyaz.goal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;

/** What the goal API tests share: a person whose day is already tomorrow in UTC terms, on a fixed clock. */
abstract class GoalApiFixture {

    static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    static final String ZONE = "Pacific/Kiritimati";

    People.Person asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(NOW);
        asha = People.signUp(ZONE);
    }

    JsonPath create(Map<String, ?> body) {
        return asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    JsonPath get(long id) {
        return asha.api()
                .get("/api/v1/goals/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    List<String> titles(String archived) {
        return asha.api()
                .queryParam("archived", archived)
                .get("/api/v1/goals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("title");
    }
}
