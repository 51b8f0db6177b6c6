package dev.riyaz.resource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The library pages as a browser without JavaScript uses them, on a fixed clock (Sat 14 Mar 2026 in Kolkata). */
@QuarkusTest
class LibraryPagesTest {

    private static final Instant NOW = Instant.parse("2026-03-14T06:30:00Z");
    private static final String SCRIPT = "<script>alert('x')</script>";

    private MutableClock clock;
    private WebForms.Visitor asha;
    private String token;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        String email = "library" + System.nanoTime() + "@example.com";
        asha = WebForms.signedUp(email);
        token = People.tokenFor(email);
    }

    private io.restassured.specification.RequestSpecification api() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private long goal(String title) {
        return api().body(Map.of("title", title))
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long resource(Map<String, ?> body) {
        return api().body(body)
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private JsonPath stored(long id) {
        return api().get("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long idFrom(Response redirect) {
        Matcher m = Pattern.compile("/resources/(\\d+)").matcher(redirect.header("Location"));
        assertThat(m.find())
                .as("redirect to the resource page: %s", redirect.header("Location"))
                .isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theFormSavesALinkAttachedToGoalsAndItsPageShowsIt() {
        long python = goal("Python");
        Response saved = asha.post(
                "/resources/new",
                "/resources",
                Map.of(
                        "url", "docs.python.org/3/tutorial/",
                        "title", "",
                        "kind", "",
                        "length", "16",
                        "progress", "3",
                        "tags", "python, basics",
                        "notes", "Stopped at 4.2.\nNext: for loops.",
                        "goalIds", List.of(String.valueOf(python))));
        assertThat(saved.statusCode()).isEqualTo(303);
        long id = idFrom(saved);

        JsonPath json = stored(id);
        assertThat(json.getString("title")).isEqualTo("docs.python.org/3/tutorial");
        assertThat(json.getString("kind")).isEqualTo("docs");
        assertThat(json.getString("status")).isEqualTo("active");
        assertThat(json.getList("goalIds", Long.class)).containsExactly(python);

        String page = asha.get("/resources/" + id + "?notice=resource_saved").asString();
        assertThat(page)
                .contains("Link saved.")
                .contains("docs.python.org/3/tutorial")
                .contains("3 of 16")
                .contains("Stopped at 4.2.\nNext: for loops.")
                .contains("href=\"https://docs.python.org/3/tutorial/\" target=\"_blank\" rel=\"noopener noreferrer\"")
                .contains(">Python</a>")
                .contains("+1 done");
    }

    @Test
    void theEditFormChangesTheLinkAndWhichGoalsItServes() {
        long python = goal("Python");
        long problems = goal("Problems");
        long id = resource(Map.of("url", "https://exercism.org", "title", "Exercism", "goalIds", List.of(python)));
        String form = asha.get("/resources/" + id + "/edit").asString();
        assertThat(form)
                .contains("value=\"Exercism\"")
                .contains("value=\"" + python + "\" checked")
                .contains("<option value=\"active\" selected");

        Response saved = asha.post(
                "/resources/" + id + "/edit",
                "/resources/" + id,
                Map.of(
                        "url", "https://exercism.org/tracks/python",
                        "title", "Exercism Python",
                        "kind", "practice",
                        "status", "paused",
                        "length", "",
                        "progress", "",
                        "tags", "",
                        "notes", "",
                        "goalIds", List.of(String.valueOf(problems))));
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonPath json = stored(id);
        assertThat(json.getString("title")).isEqualTo("Exercism Python");
        assertThat(json.getString("status")).isEqualTo("paused");
        assertThat(json.getList("goalIds", Long.class)).containsExactly(problems);
        assertThat(asha.get("/resources/" + id + "?notice=resource_changed").asString())
                .contains("Changes saved.");
    }

    @Test
    void aBadLinkIsExplainedAndNothingTypedIsLost() {
        Response answer = asha.post(
                "/resources/new",
                "/resources",
                Map.of("url", "javascript:alert(1)", "title", "My notes", "notes", "keep me", "tags", "x"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Only web links can be saved")
                .contains("value=\"javascript:alert(1)\"")
                .contains("value=\"My notes\"")
                .contains(">keep me</textarea>")
                .contains("aria-invalid=\"true\"");
        assertThat(api().get("/api/v1/resources").then().extract().jsonPath().getList("id"))
                .isEmpty();
    }

    @Test
    void thePlusOneMovesProgressAndFinishingMarksItDone() {
        long id = resource(Map.of("url", "https://exercism.org/tracks/python", "length", 2, "progress", 0));
        Response step = asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        assertThat(step.statusCode()).isEqualTo(303);
        assertThat(stored(id).getInt("progress")).isEqualTo(1);
        assertThat(stored(id).getString("status")).isEqualTo("active");
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        assertThat(stored(id).getInt("progress")).isEqualTo(2);
        assertThat(stored(id).getString("status")).isEqualTo("done");
        assertThat(asha.get("/resources/" + id).asString()).contains("2 of 2").doesNotContain("+1 done");
    }

    @Test
    void theProjectedFinishFollowsTheLastFourWeeks() {
        clock.set(Instant.parse("2026-02-01T06:30:00Z"));
        long id = resource(Map.of("url", "https://cs50.harvard.edu/python/", "length", 24, "progress", 0));
        clock.set(Instant.parse("2026-02-14T06:30:00Z"));
        api().body(Map.of("progress", 7))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);
        clock.set(Instant.parse("2026-03-14T06:30:00Z"));
        api().body(Map.of("progress", 14))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);

        // 7 parts in the last 28 days: 1.75 a week; 10 left take 40 days from Sat 14 Mar.
        assertThat(asha.get("/resources/" + id).asString())
                .contains("At your pace of about 1.8 a week, you finish around Thu 23 Apr.");

        clock.set(Instant.parse("2026-04-12T06:30:00Z"));
        assertThat(asha.get("/resources/" + id).asString())
                .as("nothing moved in four weeks: no promise")
                .doesNotContain("you finish around")
                .contains("Riyaz estimates when you will finish");
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        long python = goal("Python");
        resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Tutorial", "goalIds", List.of(python)));
        resource(Map.of("url", "https://www.youtube.com/@coreyms", "title", "Corey videos", "tags", List.of("video")));
        resource(Map.of("url", "https://exercism.org", "title", "Exercism", "status", "paused"));

        String all = asha.get("/resources").asString();
        assertThat(all)
                .contains("Tutorial")
                .contains("Corey videos")
                .contains("Exercism")
                .contains("3 links saved.");
        String byGoal = asha.get("/resources?goalId=" + python).asString();
        assertThat(byGoal)
                .contains(">Tutorial</a>")
                .doesNotContain(">Corey videos</a>")
                .contains("Showing 1 of 3");
        assertThat(asha.get("/resources?q=corey").asString())
                .contains(">Corey videos</a>")
                .doesNotContain(">Tutorial</a>");
        assertThat(asha.get("/resources?status=paused").asString())
                .contains(">Exercism</a>")
                .doesNotContain(">Corey videos</a>");
        assertThat(asha.get("/resources?kind=video&tag=video").asString())
                .contains(">Corey videos</a>")
                .doesNotContain(">Exercism</a>");
        assertThat(asha.get("/resources?q=nothing-like-this").asString()).contains("Nothing matches");
    }

    @Test
    void aScriptInTitleAndNotesIsShownAsTextOnEveryPage() {
        long python = goal("Python");
        long id = resource(Map.of(
                "url",
                "https://example.com/page",
                "title",
                SCRIPT,
                "notes",
                SCRIPT,
                "status",
                "active",
                "goalIds",
                List.of(python)));
        long other = goal("Other");
        long entry = api().body(Map.of("resourceId", id))
                .post("/api/v1/goals/{id}/entries", other)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        for (String path : List.of(
                "/resources",
                "/resources/" + id,
                "/resources/" + id + "/edit",
                "/resources/" + id + "/delete",
                "/",
                "/entries/" + entry + "/edit",
                "/goals/" + other + "/days/2026-03-14")) {
            String page = asha.get(path).asString();
            assertThat(page).as(path).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(");
        }
        assertThat(asha.get("/").asString()).as("today's pick on the card").contains("Today&#39;s pick:");
    }

    @Test
    void anotherPersonsResourcePagesAreMissing() {
        long id = resource(Map.of("url", "https://exercism.org", "title", "Mine"));
        WebForms.Visitor ravi = WebForms.signedUp("ravi" + System.nanoTime() + "@example.com");
        for (String path : List.of("/resources/" + id, "/resources/" + id + "/edit", "/resources/" + id + "/delete")) {
            assertThat(ravi.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(ravi.post("/resources", "/resources/" + id + "/step", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/resources", "/resources/" + id + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/resources", "/resources/" + id, Map.of("url", "https://evil.example"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ravi.get("/resources").asString()).doesNotContain("Mine");
        assertThat(stored(id).getString("url")).isEqualTo("https://exercism.org/");
        assertThat((Object) stored(id).get("progress")).isNull();
    }

    @Test
    void todaysPickRotatesAsPracticeUsesThem() {
        long python = goal("Python");
        long tutorial = resource(
                Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Tutorial", "goalIds", List.of(python)));
        clock.advance(Duration.ofMinutes(1));
        long exercism = resource(
                Map.of("url", "https://exercism.org/tracks/python", "title", "Exercism", "goalIds", List.of(python)));
        resource(Map.of(
                "url",
                "https://example.com/paused",
                "title",
                "Paused one",
                "status",
                "paused",
                "goalIds",
                List.of(python)));

        assertThat(pick()).isEqualTo("Tutorial");
        clock.advance(Duration.ofMinutes(1));
        asha.post("/", "/practice", Map.of("goalId", "" + python, "from", "card", "resourceId", "" + tutorial));
        assertThat(stored(tutorial).getInt("practiceCount")).isEqualTo(1);
        assertThat(pick()).isEqualTo("Exercism");
        clock.advance(Duration.ofMinutes(1));
        asha.post("/", "/practice", Map.of("goalId", "" + python, "from", "card", "resourceId", "" + exercism));
        assertThat(pick()).isEqualTo("Tutorial");
        clock.advance(Duration.ofMinutes(1));
        asha.post("/resources/" + tutorial, "/resources/" + tutorial + "/step", Map.of());
        assertThat(pick()).as("a +1 is a use too").isEqualTo("Exercism");

        String page = asha.get("/resources/" + exercism).asString();
        assertThat(page).contains("Practised with once").contains("1 session for Python");
    }

    @Test
    void theQuickLogFormNamesTheResourceAndTheEditFormKeepsIt() {
        long python = goal("Python");
        long tutorial = resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Tutorial"));
        String dashboard = asha.get("/").asString();
        assertThat(dashboard).contains("What did you use?").contains("<option value=\"" + tutorial + "\"");

        asha.post("/", "/practice", Map.of("goalId", "" + python, "resourceId", "" + tutorial, "note", "ch. 3"));
        long entry = api().get("/api/v1/entries").then().extract().jsonPath().getLong("items[0].id");
        assertThat(api().get("/api/v1/entries/{id}", entry)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("resourceId"))
                .isEqualTo(tutorial);

        String edit = asha.get("/entries/" + entry + "/edit").asString();
        assertThat(edit).contains("<option value=\"" + tutorial + "\" selected");
        asha.post(
                "/entries/" + entry + "/edit",
                "/entries/" + entry,
                Map.of("note", "ch. 4", "resourceId", "" + tutorial));
        JsonPath after =
                api().get("/api/v1/entries/{id}", entry).then().extract().jsonPath();
        assertThat(after.getString("note")).isEqualTo("ch. 4");
        assertThat(after.getLong("resourceId")).isEqualTo(tutorial);

        asha.post("/entries/" + entry + "/edit", "/entries/" + entry, Map.of("resourceId", ""));
        assertThat((Object) api().get("/api/v1/entries/{id}", entry)
                        .then()
                        .extract()
                        .jsonPath()
                        .get("resourceId"))
                .isNull();
        assertThat(stored(tutorial).getInt("practiceCount")).isZero();
    }

    @Test
    void theBookmarkletOpensThePrefilledFormWhichStillNeedsAClick() {
        String library = asha.get("/resources").asString();
        Matcher m = Pattern.compile("id=\"bookmarklet\" href=\"([^\"]+)\"").matcher(library);
        assertThat(m.find()).isTrue();
        String code = m.group(1).replace("&#39;", "'").replace("&amp;", "&");
        assertThat(code).startsWith("javascript:").contains("/resources/new?url='+encodeURIComponent(location.href)");

        String form = asha.get("/resources/new?url=https://exercism.org/tracks/python&title=Python on Exercism")
                .asString();
        assertThat(form)
                .contains("value=\"https://exercism.org/tracks/python\"")
                .contains("value=\"Python on Exercism\"");
        assertThat(api().get("/api/v1/resources").then().extract().jsonPath().getList("id"))
                .as("opening the form saves nothing")
                .isEmpty();
    }

    @Test
    void theFormSaysWhenThePageWasSavedBefore() {
        long id = resource(Map.of("url", "https://www.freecodecamp.org/learn/", "title", "freeCodeCamp"));
        assertThat(asha.get("/resources/new?url=http://freecodecamp.org/learn").asString())
                .contains("You saved this page before: <a href=\"/resources/" + id + "\">freeCodeCamp</a>");
        assertThat(asha.get("/resources/new?url=https://freecodecamp.org/news").asString())
                .doesNotContain("You saved this page before");
        String longTitle = "t".repeat(500);
        assertThat(asha.get("/resources/new?url=https://example.com&title=" + longTitle)
                        .asString())
                .as("a long page title is cut to what can be saved")
                .contains("value=\"" + "t".repeat(200) + "\"")
                .doesNotContain("t".repeat(201));
    }

    @Test
    void progressOnTheFirstDayCountsTowardsThePace() {
        long id = resource(Map.of("url", "https://cs50.harvard.edu/python/", "length", 10, "progress", 0));
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        // 2 done on the first day, counted over at least a week: 2 a week, 8 left take 28 days from Sat 14 Mar.
        assertThat(asha.get("/resources/" + id).asString())
                .contains("At your pace of about 2 a week, you finish around Sat 11 Apr.");
    }

    @Test
    void deletingAsksFirstAndKeepsThePractice() {
        long python = goal("Python");
        long id = resource(Map.of("url", "https://exercism.org", "title", "Exercism"));
        api().body(Map.of("resourceId", id))
                .post("/api/v1/goals/{id}/entries", python)
                .then()
                .statusCode(201);
        assertThat(asha.get("/resources/" + id + "/delete").asString()).contains("Delete &quot;Exercism&quot;?");
        Response deleted = asha.post("/resources/" + id + "/delete", "/resources/" + id + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        api().get("/api/v1/resources/{id}", id).then().statusCode(404);
        assertThat(api().get("/api/v1/entries").then().extract().jsonPath().getList("items"))
                .hasSize(1);
    }

    private String pick() {
        String page = asha.get("/").asString();
        Matcher m = Pattern.compile("Today&#39;s pick: <a [^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("a pick on the card").isTrue();
        return m.group(1);
    }
}
