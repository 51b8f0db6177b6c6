package dev.riyaz.resource;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving a link one already has: the form offers the saved one first, and saves a second only when asked to. */
@QuarkusTest
class LibraryDuplicatePagesTest extends LibraryPagesFixture {

    @Test
    void theFormComesBackOfferingTheLinkAlreadySaved() {
        long first = resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Python tutorial"));

        Response answer = asha.post(
                "/resources/new",
                "/resources",
                Map.of("url", "http://www.docs.python.org/3/tutorial", "title", "", "tags", "python", "kind", ""));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.asString())
                .contains("You saved this link on Sat 14 Mar 2026: <a href=\"/resources/" + first
                        + "\">Python tutorial</a>")
                .contains("Open the one you have")
                .contains("Save it anyway")
                .contains("name=\"saveAnyway\" value=\"" + first + "\"")
                .contains("value=\"http://www.docs.python.org/3/tutorial\"")
                .contains("value=\"python\"");
        assertThat(count()).as("nothing saved yet").isEqualTo(1);
    }

    @Test
    void savingAnywayMakesASecondOne() {
        long first = resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Python tutorial"));

        Response again = asha.post(
                "/resources/new",
                "/resources",
                Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Again", "saveAnyway", "" + first));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).contains("notice=resource_saved_twice");
        assertThat(idFrom(again)).isNotEqualTo(first);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aChoiceMadeForAnotherLinkDoesNotCount() {
        long first = resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Python tutorial"));
        long other = resource(Map.of("url", "https://go.dev/tour/", "title", "Go tour"));

        Response answer = asha.post(
                "/resources/new",
                "/resources",
                Map.of("url", "https://docs.python.org/3/tutorial/", "saveAnyway", "" + other));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.asString()).contains("/resources/" + first + "\">Python tutorial</a>");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void anotherPersonsLinksAreNeitherOfferedNorShown() {
        resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", SCRIPT));
        WebForms.Visitor ravi = WebForms.signedUp("ravi" + System.nanoTime() + "@example.com");

        Response answer = ravi.post(
                "/resources/new", "/resources", Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Mine"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).contains("notice=resource_saved").doesNotContain("twice");
    }

    @Test
    void aSavedTitleIsShownAsText() {
        long first = resource(Map.of("url", "https://example.com/a", "title", SCRIPT));

        String page = asha.post("/resources/new", "/resources", Map.of("url", "https://example.com/a"))
                .asString();

        assertThat(page).contains("/resources/" + first + "\">&lt;script&gt;").doesNotContain(SCRIPT);
    }

    private int count() {
        return Json.doc(api().get("/api/v1/resources").then().extract())
                .getList("id")
                .size();
    }
}
