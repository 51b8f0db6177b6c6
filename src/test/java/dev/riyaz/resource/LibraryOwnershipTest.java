package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library API never reaches another person's resources or goals: they are missing (404) and nothing changes.
 */
@QuarkusTest
class LibraryOwnershipTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        asha = People.signUp();
    }

    @Test
    void anotherPersonsGoalOnAttachIsMissingAndNothingChanges() {
        long python = Goals.check(asha, "Python");
        Person ravi = People.signUp();
        long ravisGoal = Goals.check(ravi, "Ravi's goal");
        long id = Library.create(asha, Map.of("url", "https://exercism.org", "goalIds", List.of(python)))
                .getLong("id");

        asha.api()
                .body(Map.of("goalIds", List.of(python, ravisGoal), "title", "Changed"))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .spec(Problems.problem(404));
        asha.api()
                .body(Map.of("url", "https://exercism.org", "goalIds", List.of(ravisGoal)))
                .post("/api/v1/resources")
                .then()
                .spec(Problems.problem(404));

        JsonDoc stored = Library.get(asha, id);
        assertThat(stored.getList("goalIds", Long.class)).containsExactly(python);
        assertThat(stored.getString("title")).isEqualTo("exercism.org");
        assertThat(Library.titles(asha, "")).containsExactly("exercism.org");
        assertThat(Json.doc(ravi.api()
                                .get("/api/v1/resources")
                                .then()
                                .statusCode(200)
                                .extract())
                        .getList("id"))
                .isEmpty();
    }

    @Test
    void anotherPersonsResourceIsMissingForEveryMethod() {
        long id = Library.create(asha, Map.of("url", "https://exercism.org", "title", "Mine"))
                .getLong("id");
        Person ravi = People.signUp();

        ravi.api().get("/api/v1/resources/{id}", id).then().spec(Problems.problem(404));
        ravi.api()
                .body(Map.of("url", "https://evil.example"))
                .put("/api/v1/resources/{id}", id)
                .then()
                .spec(Problems.problem(404));
        ravi.api()
                .body(Map.of("title", "Yours now"))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .spec(Problems.problem(404));
        ravi.api().delete("/api/v1/resources/{id}", id).then().spec(Problems.problem(404));
        long ravisGoal = Goals.check(ravi, "Ravi's goal");
        ravi.api()
                .body(Map.of("resourceId", id))
                .post("/api/v1/goals/{id}/entries", ravisGoal)
                .then()
                .spec(Problems.invalid("resourceId"));

        JsonDoc stored = Library.get(asha, id);
        assertThat(stored.getString("title")).isEqualTo("Mine");
        assertThat(stored.getString("url")).isEqualTo("https://exercism.org/");
        assertThat(stored.getInt("practiceCount")).isZero();
    }
}
