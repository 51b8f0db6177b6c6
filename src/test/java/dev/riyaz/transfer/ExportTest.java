package dev.riyaz.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static dev.riyaz.transfer.Exports.export;
import static dev.riyaz.transfer.Exports.withEverything;
import static org.assertj.core.api.Assertions.assertThat;

/** An account goes out as a spreadsheet zip too, and an export holds only its owner's data. */
@QuarkusTest
class ExportTest {

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
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
}
