package dev.riyaz.postgres;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource library on PostgreSQL: its queries, its ordering, and input PostgreSQL cannot store. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresResourceTest {

    private static JsonPath create(Person owner, Map<String, ?> body) {
        return owner.api()
                .body(body)
                .post("/api/v1/resources")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static List<String> titles(Person owner, String param, String value) {
        return owner.api()
                .queryParam(param, value)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("title");
    }

    @Test
    void invisibleCharactersNeverReachTheDatabase() {
        Person asha = People.signUp();
        JsonPath fromLink = create(asha, Map.of("url", "https://example.com/a%00b"));
        assertThat(fromLink.getString("title")).isEqualTo("example.com/ab");
        JsonPath typed = create(asha, Map.of("url", "https://example.com/c", "title", "Tab\u0000le\u0007 of contents"));
        assertThat(typed.getString("title")).isEqualTo("Tab le of contents");
        asha.api()
                .body(Map.of("url", "https://example.com/d", "tags", List.of("a\u0000b")))
                .post("/api/v1/resources")
                .then()
                .spec(Problems.invalid("tags"));
        asha.api()
                .body(Map.of("title", "Py\u0000thon"))
                .post("/api/v1/goals")
                .then()
                .spec(Problems.invalid("title"));
        assertThat(titles(asha, "q", "\u0000")).hasSize(2);
        assertThat(titles(asha, "tag", "\u0000")).hasSize(2);
    }

    @Test
    void searchPicksAndOrderWorkOnPostgres() {
        Person asha = People.signUp();
        long python = Goals.check(asha, "Python");
        long tutorial = create(
                        asha,
                        Map.of(
                                "url",
                                "https://docs.python.org/3/tutorial/",
                                "title",
                                "Tutorial",
                                "tags",
                                List.of("python"),
                                "notes",
                                "50% done",
                                "goalIds",
                                List.of(python)))
                .getLong("id");
        create(
                asha,
                Map.of("url", "https://exercism.org/tracks/python", "title", "Exercism", "goalIds", List.of(python)));
        create(asha, Map.of("url", "https://example.com/other", "title", "Other"));

        assertThat(titles(asha, "q", "50%")).containsExactly("Tutorial");
        assertThat(titles(asha, "q", "_")).isEmpty();
        assertThat(titles(asha, "tag", "python")).containsExactly("Tutorial");
        assertThat(titles(asha, "goalId", String.valueOf(python))).containsExactlyInAnyOrder("Tutorial", "Exercism");

        Goals.log(asha, python, Map.of("resourceId", tutorial));
        assertThat(titles(asha, "sort", "used").get(0))
                .as("the used one first, never-used after")
                .isEqualTo("Tutorial");
        assertThat(asha.api()
                        .get("/api/v1/resources/{id}", tutorial)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("practiceCount"))
                .isEqualTo(1);
    }
}
