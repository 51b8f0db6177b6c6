package dev.riyaz.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** An account goes out as JSON and comes back in whole; a file with any problem writes nothing. */
@QuarkusTest
class ExportImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
    }

    /** Someone with every kind of data: five kinds of schedule, archived, tags, practice with notes and links. */
    private static Person withEverything() {
        Person asha = People.signUp();
        Map<String, Object> python = Goals.measured("Python, \"properly\"", "minutes", "30");
        python.put("schedule", Goals.weekly(5));
        python.put("tags", List.of("python", "basics"));
        python.put("description", "Loops → functions\nthen classes ✓");
        python.put("startDate", "2025-01-01");
        long py = Goals.create(asha, python);
        Map<String, Object> katas = Goals.check("Katas");
        katas.put("schedule", Goals.weekdays("MON", "WED", "FRI"));
        long kata = Goals.create(asha, katas);
        Map<String, Object> docs = Goals.check("Docs");
        docs.put("schedule", Goals.interval(3));
        docs.put("color", "#123456");
        Goals.create(asha, docs);
        Map<String, Object> monthly = Goals.check("Blog post");
        monthly.put("schedule", Goals.monthly(2));
        monthly.put("archived", true);
        Goals.create(asha, monthly);

        long tutorial = asha.api()
                .body(Map.of(
                        "url",
                        "https://docs.python.org/3/tutorial/",
                        "length",
                        16,
                        "progress",
                        3,
                        "tags",
                        List.of("docs"),
                        "notes",
                        "Up to 4.2",
                        "goalIds",
                        List.of(py, kata)))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        asha.api()
                .body(Map.of("url", "https://www.youtube.com/@coreyms", "status", "paused"))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);

        Goals.log(asha, py, Map.of("date", "2026-03-10", "amount", 45, "note", "lists ✓", "resourceId", tutorial));
        Goals.log(asha, py, Map.of("date", "2026-03-10", "amount", 12.5));
        Goals.log(asha, py, Map.of("date", "2026-03-11", "status", "skipped", "note", "sick"));
        Goals.log(asha, kata, Map.of("date", "2026-03-13", "source", "git", "note", "fix: off by one"));
        Goals.log(asha, kata, Map.of());
        Reminders.addAt(asha, py, "07:30");
        asha.api()
                .body(Map.of("time", "19:00", "days", List.of("MON", "FRI"), "onlyIfNotDone", false, "enabled", false))
                .post("/api/v1/goals/{id}/reminders", kata)
                .then()
                .statusCode(201);
        return asha;
    }

    private static JsonNode export(Person person) throws IOException {
        Response answer = person.api().get("/api/v1/export");
        answer.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"riyaz-2026-03-14.json\"");
        return JSON.readTree(answer.asByteArray());
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
                .body("goals", equalTo(4))
                .body("entries", equalTo(5))
                .body("reminders", equalTo(2))
                .body("resources", equalTo(2));

        JsonNode second = export(ravi);
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(second.path("entries").get(0).path("id").asLong())
                .as("new ids")
                .isNotEqualTo(first.path("entries").get(0).path("id").asLong());
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
                .body(
                        "errors.field",
                        hasItems(
                                "goals[2].title",
                                "entries[2].date",
                                "entries[3].status",
                                "resources[0].url",
                                "reminders[0].time"));
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
                .body("errors.field", hasItems("entries[0].amount", "entries[1].goalId"));
        assertNothingIn(ravi);
    }

    @Test
    void theSpreadsheetExportIsAZipOfFourSheets() throws IOException {
        Person asha = withEverything();
        Goals.create(asha, Map.of("title", "=HYPERLINK(\"http://evil.example\")"));
        Response answer = asha.api().queryParam("format", "csv").get("/api/v1/export");
        answer.then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"riyaz-2026-03-14-csv.zip\"");
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.asByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.keySet()).containsExactly("goals.csv", "entries.csv", "reminders.csv", "resources.csv");
        assertThat(files.get("goals.csv"))
                .startsWith("id,title,description,kind,unit,dailyTarget,schedule,startDate")
                .contains("\"Python, \"\"properly\"\"\"")
                .contains("weekdays MON WED FRI")
                .contains("'=HYPERLINK(");
        assertThat(files.get("entries.csv").lines()).hasSize(6);
        assertThat(files.get("entries.csv")).contains("lists ✓").contains(",git,");
        assertThat(files.get("reminders.csv")).contains("07:30").contains("MON FRI");
        assertThat(files.get("resources.csv")).contains("https://docs.python.org/3/tutorial/");
        asha.api().queryParam("format", "xml").get("/api/v1/export").then().spec(Problems.problem(400));
    }

    @Test
    void anotherPersonsDataNeverLeavesWithAnExport() throws IOException {
        withEverything();
        Person ravi = People.signUp();
        JsonNode mine = export(ravi);
        assertThat(mine.path("goals")).isEmpty();
        assertThat(mine.path("entries")).isEmpty();
        assertThat(mine.path("reminders")).isEmpty();
        assertThat(mine.path("resources")).isEmpty();
        io.restassured.RestAssured.given().get("/api/v1/export").then().statusCode(401);
    }

    private static void assertNothingIn(Person person) {
        assertThat(person.api()
                        .get("/api/v1/goals?archived=all")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id"))
                .isEmpty();
        assertThat(person.api()
                        .get("/api/v1/resources")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id"))
                .isEmpty();
        assertThat(person.api()
                        .get("/api/v1/entries")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
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
