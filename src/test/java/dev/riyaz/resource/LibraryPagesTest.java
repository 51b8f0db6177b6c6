package dev.riyaz.resource;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library pages as a browser without JavaScript uses them: saving, editing and deleting a link, what is refused
 * and why, and what another person cannot see.
 */
@QuarkusTest
class LibraryPagesTest extends LibraryPagesFixture {

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

        JsonDoc json = stored(id);
        assertThat(json.getString("title"))
                .as("without a title, the site names it")
                .isEqualTo("docs.python.org");
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
        JsonDoc json = stored(id);
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
        assertThat(Json.doc(api().get("/api/v1/resources").then().extract()).getList("id"))
                .isEmpty();
    }

    @Test
    void theFormSaysWhenThePageWasSavedBefore() {
        long id = resource(Map.of("url", "https://www.freecodecamp.org/learn/", "title", "freeCodeCamp"));
        assertThat(asha.get("/resources/new?url=http://freecodecamp.org/learn").asString())
                .containsPattern("You saved this link on \\w{3} \\d{1,2} \\w{3} \\d{4}: <a href=\"/resources/" + id
                        + "\">freeCodeCamp</a>");
        assertThat(asha.get("/resources/new?url=https://freecodecamp.org/news").asString())
                .doesNotContain("You saved this link on");
        String longTitle = "t".repeat(500);
        assertThat(asha.get("/resources/new?url=https://example.com&title=" + longTitle)
                        .asString())
                .as("a long page title is cut to what can be saved")
                .contains("value=\"" + "t".repeat(200) + "\"")
                .doesNotContain("t".repeat(201));
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
        assertThat(Json.doc(api().get("/api/v1/resources").then().extract()).getList("id"))
                .as("opening the form saves nothing")
                .isEmpty();
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
        assertThat(Json.doc(api().get("/api/v1/entries").then().extract()).getList("items"))
                .hasSize(1);
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
        long entry = Json.doc(api().body(Map.of("resourceId", id))
                        .post("/api/v1/goals/{id}/entries", other)
                        .then()
                        .statusCode(201)
                        .extract())
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
}
