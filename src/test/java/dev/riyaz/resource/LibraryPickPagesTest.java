package dev.riyaz.resource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's pick rotates as practice uses the resources, and the quick log form names the resource used.
 */
@QuarkusTest
class LibraryPickPagesTest extends LibraryPagesFixture {

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
        long entry = Json.doc(api().get("/api/v1/entries").then().extract()).getLong("items[0].id");
        assertThat(Json.doc(api().get("/api/v1/entries/{id}", entry).then().extract())
                        .getLong("resourceId"))
                .isEqualTo(tutorial);

        String edit = asha.get("/entries/" + entry + "/edit").asString();
        assertThat(edit).contains("<option value=\"" + tutorial + "\" selected");
        asha.post(
                "/entries/" + entry + "/edit",
                "/entries/" + entry,
                Map.of("note", "ch. 4", "resourceId", "" + tutorial));
        JsonDoc after = Json.doc(api().get("/api/v1/entries/{id}", entry).then().extract());
        assertThat(after.getString("note")).isEqualTo("ch. 4");
        assertThat(after.getLong("resourceId")).isEqualTo(tutorial);

        asha.post("/entries/" + entry + "/edit", "/entries/" + entry, Map.of("resourceId", ""));
        assertThat((Object)
                        Json.doc(api().get("/api/v1/entries/{id}", entry).then().extract())
                                .get("resourceId"))
                .isNull();
        assertThat(stored(tutorial).getInt("practiceCount")).isZero();
    }
}
