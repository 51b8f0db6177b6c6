package dev.riyaz.goal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
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

    JsonDoc create(Map<String, ?> body) {
        return Json.doc(asha.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract());
    }

    JsonDoc get(long id) {
        return Json.doc(
                asha.api().get("/api/v1/goals/{id}", id).then().statusCode(200).extract());
    }

    List<String> titles(String archived) {
        return Json.doc(asha.api()
                        .queryParam("archived", archived)
                        .get("/api/v1/goals")
                        .then()
                        .statusCode(200)
                        .extract())
                .getList("title");
    }
}
