package dev.riyaz.resource;

import java.time.Instant;
import java.util.HashMap;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The library JSON API (/api/v1/resources): saving a link with its fields, attaching goals, what is refused and why.
 */
@QuarkusTest
class LibraryResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        asha = People.signUp();
    }

    @Test
    void aBareLinkGetsAReadableTitleAGuessedKindAndTheUsualForm() {
        asha.api()
                .body(Map.of("url", "  www.Instagram.com/pythonhub/  "))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/resources/"))
                .body(Json.at("url", equalTo("https://www.instagram.com/pythonhub/")))
                .body(Json.at("title", equalTo("instagram.com/pythonhub")))
                .body(Json.at("kind", equalTo("social")))
                .body(Json.at("status", equalTo("todo")))
                .body(Json.at("practiceCount", equalTo(0)))
                .body(Json.at("lastUsedAt", nullValue()))
                .body(Json.at("length", nullValue()))
                .body(Json.at("duplicateOf", nullValue()))
                .body(Json.at("createdAt", equalTo("2026-03-14T12:00:00Z")));

        JsonDoc docs = Library.create(asha, Map.of("url", "HTTPS://Docs.Python.org:443/3/tutorial/#intro"));
        assertThat(docs.getString("url")).isEqualTo("https://docs.python.org/3/tutorial/#intro");
        assertThat(docs.getString("kind")).isEqualTo("docs");
        assertThat(docs.getString("title")).isEqualTo("docs.python.org/3/tutorial");
        assertThat(Library.create(asha, Map.of("url", "https://exercism.org/tracks/python"))
                        .getString("kind"))
                .isEqualTo("practice");
        assertThat(Library.create(asha, Map.of("url", "http://localhost:8080/notes"))
                        .getString("url"))
                .isEqualTo("http://localhost:8080/notes");
    }

    @Test
    void everyFieldIsKeptAndAttachingAGoalMakesItActive() {
        long python = Goals.check(asha, "Python");
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://cs50.harvard.edu/python/");
        body.put("title", "CS50 Python");
        body.put("kind", "course");
        body.put("notes", "Week 0 first.\nThen the problem sets.");
        body.put("tags", List.of("Python", "basics", "python"));
        body.put("length", 10);
        body.put("progress", 2);
        body.put("goalIds", List.of(python));
        JsonDoc created = Library.create(asha, body);

        JsonDoc stored = Library.get(asha, created.getLong("id"));
        assertThat(stored.getString("title")).isEqualTo("CS50 Python");
        assertThat(stored.getString("kind")).isEqualTo("course");
        assertThat(stored.getString("notes")).isEqualTo("Week 0 first.\nThen the problem sets.");
        assertThat(stored.getList("tags")).containsExactly("python", "basics");
        assertThat(stored.getInt("length")).isEqualTo(10);
        assertThat(stored.getInt("progress")).isEqualTo(2);
        assertThat(stored.getString("status")).isEqualTo("active");
        assertThat(stored.getList("goalIds", Long.class)).containsExactly(python);
    }

    @Test
    void attachAndDetachGoalsWithPatch() {
        long python = Goals.check(asha, "Python");
        long problems = Goals.check(asha, "Problems");
        long id = Library.create(asha, Map.of("url", "https://exercism.org/tracks/python"))
                .getLong("id");

        asha.api()
                .body(Map.of("goalIds", List.of(python, problems)))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("goalIds", equalTo(List.of((int) python, (int) problems))));
        assertThat(Library.ids(asha, "goalId=" + python)).containsExactly(id);

        asha.api()
                .body(Map.of("goalIds", List.of(problems)))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);
        assertThat(Library.ids(asha, "goalId=" + python)).isEmpty();
        assertThat(Library.ids(asha, "goalId=" + problems)).containsExactly(id);
        assertThat(Library.get(asha, id).getString("url"))
                .as("PATCH keeps the rest")
                .isEqualTo("https://exercism.org/tracks/python");
    }

    @Test
    void onlyWebLinksAreSaved() {
        for (String url : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://example.com/file",
                "mailto:someone@example.com",
                "file:///etc/passwd",
                "https://user:secret@example.com/",
                "https:///nothing",
                "https://exa mple.com/",
                "",
                "https://example.com/" + "a".repeat(2000))) {
            asha.api().body(Map.of("url", url)).post("/api/v1/resources").then().spec(Problems.invalid("url"));
        }
        asha.api()
                .body(Map.of("url", "javascript:alert(1)"))
                .post("/api/v1/resources")
                .then()
                .body(Json.at("errors[0].message", containsString("https://")));
        assertThat(Library.titles(asha, "")).isEmpty();
    }

    @Test
    void badFieldsAreEachNamed() {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://exercism.org");
        body.put("title", "x".repeat(10_000));
        body.put("kind", "podcast");
        body.put("status", "someday");
        body.put("notes", "n".repeat(5001));
        body.put("length", 5);
        body.put("progress", 6);
        body.put("tags", List.of("a,b"));
        asha.api()
                .body(body)
                .post("/api/v1/resources")
                .then()
                .spec(Problems.problem(422))
                .body(Json.at(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "title", "kind", "status", "notes", "progress", "tags")));
        asha.api()
                .body("{\"url\": \"https://exercism.org\", \"length\": \"ten\"}")
                .post("/api/v1/resources")
                .then()
                .spec(Problems.problem(400));
        asha.api().body("{\"url\": ").post("/api/v1/resources").then().spec(Problems.problem(400));
        assertThat(Library.titles(asha, "")).isEmpty();
    }

    @Test
    void theSamePageSavedTwiceIsFlagged() {
        long first = Library.create(asha, Map.of("url", "https://www.freecodecamp.org/learn/"))
                .getLong("id");
        JsonDoc again = Library.create(asha, Map.of("url", "http://freecodecamp.org/learn?utm_source=meetup"));
        assertThat(again.getLong("duplicateOf")).isEqualTo(first);
        assertThat((Object) Library.get(asha, first).get("duplicateOf")).isNull();
        JsonDoc other = Library.create(asha, Map.of("url", "https://freecodecamp.org/news"));
        assertThat((Object) other.get("duplicateOf")).isNull();
    }

    @Test
    void attachingTooManyGoalsOrTheSameTwiceIsHandled() {
        long python = Goals.check(asha, "Python");
        JsonDoc twice = Library.create(asha, Map.of("url", "https://exercism.org", "goalIds", List.of(python, python)));
        assertThat(twice.getList("goalIds", Long.class)).containsExactly(python);
        List<Long> many = java.util.stream.LongStream.range(1, 52).boxed().toList();
        asha.api()
                .body(Map.of("url", "https://exercism.org/x", "goalIds", many))
                .post("/api/v1/resources")
                .then()
                .spec(Problems.invalid("goalIds"));
        asha.api()
                .body("{\"url\": \"https://exercism.org/y\", \"goalIds\": [null]}")
                .post("/api/v1/resources")
                .then()
                .spec(Problems.invalid("goalIds"));
    }

    @Test
    void putReplacesAndKeepsStatusWhenLeftOut() {
        long id = Library.create(asha, Map.of("url", "https://exercism.org", "status", "paused", "notes", "old"))
                .getLong("id");
        asha.api()
                .body(Map.of("url", "https://exercism.org/tracks/go", "title", "Go track"))
                .put("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body(Json.at("title", equalTo("Go track")))
                .body(Json.at("notes", nullValue()))
                .body(Json.at("status", equalTo("paused")));
    }
}
