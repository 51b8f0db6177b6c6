package dev.riyaz.resource;

import java.time.Instant;
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
import static org.hamcrest.Matchers.equalTo;

/**
 * Practice that names a resource: the entry names it, and its count and last use follow entries that change or go.
 */
@QuarkusTest
class ResourceUseTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        asha = People.signUp();
    }

    @Test
    void practiceNamesTheResourceItUsed() {
        long python = Goals.check(asha, "Python");
        long tutorial = Library.create(asha, Map.of("url", "https://docs.python.org/3/tutorial/"))
                .getLong("id");

        long entry = Goals.log(asha, python, Map.of("resourceId", tutorial));
        asha.api().get("/api/v1/entries/{id}", entry).then().statusCode(200).body(Json.at("resourceId", equalTo((int)
                tutorial)));
        JsonDoc used = Library.get(asha, tutorial);
        assertThat(used.getInt("practiceCount")).isEqualTo(1);
        assertThat(used.getString("lastUsedAt")).isEqualTo("2026-03-14T12:00:00Z");
        assertThat(used.getString("status"))
                .as("using a to-do resource starts it")
                .isEqualTo("active");

        clock.advance(java.time.Duration.ofHours(1));
        Goals.log(asha, python, Map.of("resourceId", tutorial, "date", "2026-03-13"));
        assertThat(Library.get(asha, tutorial).getInt("practiceCount")).isEqualTo(2);
        assertThat(Library.get(asha, tutorial).getString("lastUsedAt")).isEqualTo("2026-03-14T13:00:00Z");

        asha.api().delete("/api/v1/entries/{id}", entry).then().statusCode(204);
        assertThat(Library.get(asha, tutorial).getInt("practiceCount")).isEqualTo(1);

        asha.api()
                .body(Map.of("resourceId", 999_999_999))
                .post("/api/v1/goals/{id}/entries", python)
                .then()
                .spec(Problems.invalid("resourceId"));

        asha.api().delete("/api/v1/resources/{id}", tutorial).then().statusCode(204);
        asha.api().get("/api/v1/resources/{id}", tutorial).then().spec(Problems.problem(404));
        assertThat(Json.doc(asha.api()
                                .get("/api/v1/entries?goalId=" + python)
                                .then()
                                .statusCode(200)
                                .extract())
                        .getList("items.resourceId"))
                .as("practice stays when its resource goes")
                .hasSize(1)
                .containsOnlyNulls();
    }

    @Test
    void countsAndLastUseFollowPracticeThatIsChangedOrDeleted() {
        long python = Goals.check(asha, "Python");
        long problems = Goals.check(asha, "Problems");
        long tutorial = Library.create(asha, Map.of("url", "https://docs.python.org/3/tutorial/"))
                .getLong("id");

        Goals.log(asha, python, Map.of("resourceId", tutorial, "date", "2026-03-12"));
        clock.advance(java.time.Duration.ofHours(1));
        long later = Goals.log(asha, problems, Map.of("resourceId", tutorial, "date", "2026-03-13"));
        clock.advance(java.time.Duration.ofHours(1));
        Goals.log(asha, python, Map.of("resourceId", tutorial, "status", "skipped"));
        assertThat(Library.get(asha, tutorial).getInt("practiceCount"))
                .as("a day off is not practice with it")
                .isEqualTo(2);
        assertThat(Library.get(asha, tutorial).getString("lastUsedAt")).isEqualTo("2026-03-14T13:00:00Z");

        asha.api().delete("/api/v1/entries/{id}", later).then().statusCode(204);
        assertThat(Library.get(asha, tutorial).getInt("practiceCount")).isEqualTo(1);
        assertThat(Library.get(asha, tutorial).getString("lastUsedAt"))
                .as("the last use goes back to the practice that is left")
                .isEqualTo("2026-03-14T12:00:00Z");

        asha.api().delete("/api/v1/goals/{id}", python).then().statusCode(204);
        JsonDoc after = Library.get(asha, tutorial);
        assertThat(after.getInt("practiceCount"))
                .as("the goal's practice went with it")
                .isZero();
        assertThat((Object) after.get("lastUsedAt")).isNull();
    }
}
