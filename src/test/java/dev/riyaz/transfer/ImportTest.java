package dev.riyaz.transfer;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;

import static dev.riyaz.transfer.Exports.JSON;
import static dev.riyaz.transfer.Exports.export;
import static dev.riyaz.transfer.Exports.withEverything;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An account goes out as JSON and comes back in whole, into another account. */
@QuarkusTest
class ImportTest {

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
    }

    @Test
    void anExportImportedIntoANewAccountExportsTheSameAgain() throws IOException {
        Person asha = withEverything();
        JsonNode first = export(asha);
        assertThat(first.path("format").asText()).isEqualTo("riyaz-export");
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("account").path("email").asText()).isEqualTo(asha.email());
        assertThat(first.path("entries")).hasSize(5);

        Person ravi = People.signUp();
        ravi.api()
                .body(JSON.writeValueAsBytes(first))
                .post("/api/v1/import")
                .then()
                .statusCode(201)
                .body(Json.at("goals", equalTo(4)))
                .body(Json.at("entries", equalTo(5)))
                .body(Json.at("reminders", equalTo(2)))
                .body(Json.at("resources", equalTo(2)));

        JsonNode second = export(ravi);
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(second.path("entries").get(0).path("id").asLong())
                .as("new ids")
                .isNotEqualTo(first.path("entries").get(0).path("id").asLong());
    }

    /**
     * The export without what must differ: ids (goals, entries and resources are named by their place instead),
     * timestamps, the account, and the duplicate mark (an id).
     */
    private static JsonNode comparable(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        copy.remove(List.of("exportedAt", "account"));
        Map<Long, Integer> goals = places(copy.path("goals"));
        Map<Long, Integer> resources = places(copy.path("resources"));
        for (JsonNode goal : copy.path("goals")) {
            ((ObjectNode) goal).remove(List.of("id", "createdAt"));
        }
        for (JsonNode entry : copy.path("entries")) {
            ObjectNode e = (ObjectNode) entry;
            e.remove(List.of("id", "createdAt"));
            e.put("goalId", goals.get(e.path("goalId").asLong()));
            if (!e.path("resourceId").isNull()) {
                e.put("resourceId", resources.get(e.path("resourceId").asLong()));
            }
        }
        for (JsonNode reminder : copy.path("reminders")) {
            ObjectNode r = (ObjectNode) reminder;
            r.remove(List.of("id", "nextFireAt"));
            r.put("goalId", goals.get(r.path("goalId").asLong()));
        }
        for (JsonNode resource : copy.path("resources")) {
            ObjectNode r = (ObjectNode) resource;
            r.remove(List.of("id", "createdAt", "lastUsedAt", "duplicateOf"));
            ArrayNode ids = JSON.createArrayNode();
            for (Iterator<JsonNode> it = r.path("goalIds").elements(); it.hasNext(); ) {
                ids.add(goals.get(it.next().asLong()));
            }
            r.set("goalIds", ids);
        }
        return copy;
    }

    private static Map<Long, Integer> places(JsonNode list) {
        Map<Long, Integer> places = new HashMap<>();
        List<JsonNode> rows = new ArrayList<>();
        list.forEach(rows::add);
        for (int i = 0; i < rows.size(); i++) {
            places.put(rows.get(i).path("id").asLong(), i);
        }
        return places;
    }
}
