package dev.riyaz.transfer;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static dev.riyaz.transfer.Exports.JSON;
import static dev.riyaz.transfer.Exports.export;
import static dev.riyaz.transfer.Exports.withEverything;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

/** A file with any problem writes nothing and names each wrong row; a file that is not an export is refused. */
@QuarkusTest
class ImportProblemsTest {

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
    }

    @Test
    void aFileWithProblemsWritesNothingAndNamesEachWrongRow() throws IOException {
        JsonNode file = export(withEverything());
        ((ObjectNode) file.path("goals").get(2)).put("title", "");
        ((ObjectNode) file.path("entries").get(2)).put("date", "2099-01-01");
        ((ObjectNode) file.path("entries").get(3)).put("status", "maybe");
        ((ObjectNode) file.path("resources").get(0)).put("url", "javascript:alert(1)");
        ((ObjectNode) file.path("reminders").get(0)).put("time", "25:00");

        Person ravi = People.signUp();
        ravi.api()
                .body(JSON.writeValueAsBytes(file))
                .post("/api/v1/import")
                .then()
                .spec(Problems.problem(422))
                .body(Json.at(
                        "errors.field",
                        hasItems(
                                "goals[2].title",
                                "entries[2].date",
                                "entries[3].status",
                                "resources[0].url",
                                "reminders[0].time")));
        assertNothingIn(ravi);
    }

    @Test
    void anUnreadableOrForeignFileIsRefusedClearly() throws IOException {
        Person ravi = People.signUp();
        ravi.api()
                .body("{\"format\": \"riyaz-export\", ")
                .post("/api/v1/import")
                .then()
                .spec(Problems.problem(400));
        ravi.api()
                .body(Map.of("format", "something-else", "version", 1))
                .post("/api/v1/import")
                .then()
                .spec(Problems.invalid("format"));
        ravi.api()
                .body(Map.of("format", "riyaz-export", "version", 2))
                .post("/api/v1/import")
                .then()
                .spec(Problems.invalid("version"));
        ravi.api()
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/import")
                .then()
                .statusCode(415);

        ObjectNode wrongTypes = (ObjectNode) export(withEverything());
        ((ObjectNode) wrongTypes.path("entries").get(0)).put("amount", "lots");
        ((ObjectNode) wrongTypes.path("entries").get(1)).put("goalId", 999999999);
        ravi.api()
                .body(JSON.writeValueAsBytes(wrongTypes))
                .post("/api/v1/import")
                .then()
                .spec(Problems.problem(422))
                .body(Json.at("errors.field", hasItems("entries[0].amount", "entries[1].goalId")));
        assertNothingIn(ravi);
    }

    private static void assertNothingIn(Person person) {
        assertThat(Json.doc(person.api()
                                .get("/api/v1/goals?archived=all")
                                .then()
                                .extract())
                        .getList("id"))
                .isEmpty();
        assertThat(Json.doc(person.api().get("/api/v1/resources").then().extract())
                        .getList("id"))
                .isEmpty();
        assertThat(Json.doc(person.api().get("/api/v1/entries").then().extract())
                        .getList("items"))
                .isEmpty();
    }
}
