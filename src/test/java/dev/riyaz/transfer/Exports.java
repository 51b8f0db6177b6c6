package dev.riyaz.transfer;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;

/** An account with every kind of data, and its JSON export, for the export and import tests (clock on 2026-03-14). */
final class Exports {

    static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    /** Someone with every kind of data: five kinds of schedule, archived, tags, practice with notes and links. */
    static Person withEverything() {
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

        long tutorial = Json.doc(asha.api()
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
                        .extract())
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

    /** The person's JSON export, checked to come as a download. */
    static JsonNode export(Person person) throws IOException {
        Response answer = person.api().get("/api/v1/export");
        answer.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"riyaz-2026-03-14.json\"");
        return JSON.readTree(answer.asByteArray());
    }
}
