package dev.riyaz.resource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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

    static JsonPath create(Person owner, Map<String, ?> body) {
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

    private JsonPath get(long id) {
        return asha.api()
                .get("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<String> titles(String query) {
        return asha.api()
                .get("/api/v1/resources" + (query.isEmpty() ? "" : "?" + query))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("title");
    }

    @Test
    void aBareLinkGetsAReadableTitleAGuessedKindAndTheUsualForm() {
        asha.api()
                .body(Map.of("url", "  www.Instagram.com/pythonhub/  "))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/resources/"))
                .body("url", equalTo("https://www.instagram.com/pythonhub/"))
                .body("title", equalTo("instagram.com/pythonhub"))
                .body("kind", equalTo("social"))
                .body("status", equalTo("todo"))
                .body("practiceCount", equalTo(0))
                .body("lastUsedAt", nullValue())
                .body("length", nullValue())
                .body("duplicateOf", nullValue())
                .body("createdAt", equalTo("2026-03-14T12:00:00Z"));

        JsonPath docs = create(asha, Map.of("url", "HTTPS://Docs.Python.org:443/3/tutorial/#intro"));
        assertThat(docs.getString("url")).isEqualTo("https://docs.python.org/3/tutorial/#intro");
        assertThat(docs.getString("kind")).isEqualTo("docs");
        assertThat(docs.getString("title")).isEqualTo("docs.python.org/3/tutorial");
        assertThat(create(asha, Map.of("url", "https://exercism.org/tracks/python"))
                        .getString("kind"))
                .isEqualTo("practice");
        assertThat(create(asha, Map.of("url", "http://localhost:8080/notes")).getString("url"))
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
        JsonPath created = create(asha, body);

        JsonPath stored = get(created.getLong("id"));
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
        long id = create(asha, Map.of("url", "https://exercism.org/tracks/python"))
                .getLong("id");

        asha.api()
                .body(Map.of("goalIds", List.of(python, problems)))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body("goalIds", equalTo(List.of((int) python, (int) problems)));
        assertThat(ids("goalId=" + python)).containsExactly(id);

        asha.api()
                .body(Map.of("goalIds", List.of(problems)))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);
        assertThat(ids("goalId=" + python)).isEmpty();
        assertThat(ids("goalId=" + problems)).containsExactly(id);
        assertThat(get(id).getString("url")).as("PATCH keeps the rest").isEqualTo("https://exercism.org/tracks/python");
    }

    @Test
    void anotherPersonsGoalOnAttachIsMissingAndNothingChanges() {
        long python = Goals.check(asha, "Python");
        Person ravi = People.signUp();
        long ravisGoal = Goals.check(ravi, "Ravi's goal");
        long id = create(asha, Map.of("url", "https://exercism.org", "goalIds", List.of(python)))
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

        JsonPath stored = get(id);
        assertThat(stored.getList("goalIds", Long.class)).containsExactly(python);
        assertThat(stored.getString("title")).isEqualTo("exercism.org");
        assertThat(titles("")).containsExactly("exercism.org");
        assertThat(ravi.api()
                        .get("/api/v1/resources")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id"))
                .isEmpty();
    }

    @Test
    void anotherPersonsResourceIsMissingForEveryMethod() {
        long id = create(asha, Map.of("url", "https://exercism.org", "title", "Mine"))
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

        JsonPath stored = get(id);
        assertThat(stored.getString("title")).isEqualTo("Mine");
        assertThat(stored.getString("url")).isEqualTo("https://exercism.org/");
        assertThat(stored.getInt("practiceCount")).isZero();
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
                .body("errors[0].message", containsString("https://"));
        assertThat(titles("")).isEmpty();
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
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "title", "kind", "status", "notes", "progress", "tags"));
        asha.api()
                .body("{\"url\": \"https://exercism.org\", \"length\": \"ten\"}")
                .post("/api/v1/resources")
                .then()
                .spec(Problems.problem(400));
        asha.api().body("{\"url\": ").post("/api/v1/resources").then().spec(Problems.problem(400));
        assertThat(titles("")).isEmpty();
    }

    @Test
    void theSamePageSavedTwiceIsFlagged() {
        long first = create(asha, Map.of("url", "https://www.freecodecamp.org/learn/"))
                .getLong("id");
        JsonPath again = create(asha, Map.of("url", "http://freecodecamp.org/learn?utm_source=meetup"));
        assertThat(again.getLong("duplicateOf")).isEqualTo(first);
        assertThat((Object) get(first).get("duplicateOf")).isNull();
        JsonPath other = create(asha, Map.of("url", "https://freecodecamp.org/news"));
        assertThat((Object) other.get("duplicateOf")).isNull();
    }

    @Test
    void filtersNarrowTheListAndSortsOrderIt() {
        long python = Goals.check(asha, "Python");
        create(
                asha,
                Map.of(
                        "url",
                        "https://docs.python.org/3/tutorial/",
                        "title",
                        "Tutorial",
                        "tags",
                        List.of("python"),
                        "goalIds",
                        List.of(python)));
        clock.advance(java.time.Duration.ofMinutes(1));
        create(
                asha,
                Map.of(
                        "url",
                        "https://www.youtube.com/@coreyms",
                        "title",
                        "Corey videos",
                        "notes",
                        "Great for 100% beginners",
                        "status",
                        "paused"));
        clock.advance(java.time.Duration.ofMinutes(1));
        create(
                asha,
                Map.of(
                        "url",
                        "https://exercism.org/tracks/python",
                        "title",
                        "Exercism",
                        "status",
                        "done",
                        "tags",
                        List.of("python", "problems")));

        assertThat(titles("")).containsExactly("Exercism", "Corey videos", "Tutorial");
        assertThat(titles("sort=title")).containsExactly("Corey videos", "Exercism", "Tutorial");
        assertThat(titles("goalId=" + python)).containsExactly("Tutorial");
        assertThat(titles("status=paused")).containsExactly("Corey videos");
        assertThat(titles("kind=video")).containsExactly("Corey videos");
        assertThat(titles("tag=python")).containsExactly("Exercism", "Tutorial");
        assertThat(titles("tag=pyth")).isEmpty();
        assertThat(asha.api()
                        .queryParam("q", "100%")
                        .get("/api/v1/resources")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("title"))
                .as("a % in the search is a percent sign, not a wildcard")
                .containsExactly("Corey videos");
        assertThat(titles("q=EXERCISM")).containsExactly("Exercism");
        assertThat(titles("q=docs.python")).containsExactly("Tutorial");
        asha.api().get("/api/v1/resources?status=later").then().spec(Problems.problem(400));
        asha.api().get("/api/v1/resources?goalId=abc").then().spec(Problems.problem(400));
        asha.api().get("/api/v1/resources?goalId=999999999").then().spec(Problems.problem(404));
    }

    @Test
    void practiceNamesTheResourceItUsed() {
        long python = Goals.check(asha, "Python");
        long tutorial = create(asha, Map.of("url", "https://docs.python.org/3/tutorial/"))
                .getLong("id");

        long entry = Goals.log(asha, python, Map.of("resourceId", tutorial));
        asha.api().get("/api/v1/entries/{id}", entry).then().statusCode(200).body("resourceId", equalTo((int)
                tutorial));
        JsonPath used = get(tutorial);
        assertThat(used.getInt("practiceCount")).isEqualTo(1);
        assertThat(used.getString("lastUsedAt")).isEqualTo("2026-03-14T12:00:00Z");
        assertThat(used.getString("status"))
                .as("using a to-do resource starts it")
                .isEqualTo("active");

        clock.advance(java.time.Duration.ofHours(1));
        Goals.log(asha, python, Map.of("resourceId", tutorial, "date", "2026-03-13"));
        assertThat(get(tutorial).getInt("practiceCount")).isEqualTo(2);
        assertThat(get(tutorial).getString("lastUsedAt")).isEqualTo("2026-03-14T13:00:00Z");

        asha.api().delete("/api/v1/entries/{id}", entry).then().statusCode(204);
        assertThat(get(tutorial).getInt("practiceCount")).isEqualTo(1);

        asha.api()
                .body(Map.of("resourceId", 999_999_999))
                .post("/api/v1/goals/{id}/entries", python)
                .then()
                .spec(Problems.invalid("resourceId"));

        asha.api().delete("/api/v1/resources/{id}", tutorial).then().statusCode(204);
        asha.api().get("/api/v1/resources/{id}", tutorial).then().spec(Problems.problem(404));
        assertThat(asha.api()
                        .get("/api/v1/entries?goalId=" + python)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.resourceId"))
                .as("practice stays when its resource goes")
                .hasSize(1)
                .containsOnlyNulls();
    }

    @Test
    void countsAndLastUseFollowPracticeThatIsChangedOrDeleted() {
        long python = Goals.check(asha, "Python");
        long problems = Goals.check(asha, "Problems");
        long tutorial = create(asha, Map.of("url", "https://docs.python.org/3/tutorial/"))
                .getLong("id");

        Goals.log(asha, python, Map.of("resourceId", tutorial, "date", "2026-03-12"));
        clock.advance(java.time.Duration.ofHours(1));
        long later = Goals.log(asha, problems, Map.of("resourceId", tutorial, "date", "2026-03-13"));
        clock.advance(java.time.Duration.ofHours(1));
        Goals.log(asha, python, Map.of("resourceId", tutorial, "status", "skipped"));
        assertThat(get(tutorial).getInt("practiceCount"))
                .as("a day off is not practice with it")
                .isEqualTo(2);
        assertThat(get(tutorial).getString("lastUsedAt")).isEqualTo("2026-03-14T13:00:00Z");

        asha.api().delete("/api/v1/entries/{id}", later).then().statusCode(204);
        assertThat(get(tutorial).getInt("practiceCount")).isEqualTo(1);
        assertThat(get(tutorial).getString("lastUsedAt"))
                .as("the last use goes back to the practice that is left")
                .isEqualTo("2026-03-14T12:00:00Z");

        asha.api().delete("/api/v1/goals/{id}", python).then().statusCode(204);
        JsonPath after = get(tutorial);
        assertThat(after.getInt("practiceCount"))
                .as("the goal's practice went with it")
                .isZero();
        assertThat((Object) after.get("lastUsedAt")).isNull();
    }

    @Test
    void attachingTooManyGoalsOrTheSameTwiceIsHandled() {
        long python = Goals.check(asha, "Python");
        JsonPath twice = create(asha, Map.of("url", "https://exercism.org", "goalIds", List.of(python, python)));
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
        long id = create(asha, Map.of("url", "https://exercism.org", "status", "paused", "notes", "old"))
                .getLong("id");
        asha.api()
                .body(Map.of("url", "https://exercism.org/tracks/go", "title", "Go track"))
                .put("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Go track"))
                .body("notes", nullValue())
                .body("status", equalTo("paused"));
    }

    private List<Long> ids(String query) {
        return asha.api()
                .get("/api/v1/resources?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
    }
}
