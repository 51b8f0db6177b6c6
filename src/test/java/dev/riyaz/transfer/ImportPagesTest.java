package dev.riyaz.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The import page: upload, a preview that writes nothing, then the import with its progress, as a browser does. */
@QuarkusTest
class ImportPagesTest {

    @Inject
    Rows rows;

    private WebForms.Visitor asha;
    private String token;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        String email = "import" + System.nanoTime() + "@example.com";
        asha = WebForms.signedUp(email);
        token = People.tokenFor(email);
    }

    private int goalCount() {
        return Json.doc(given().auth()
                        .oauth2(token)
                        .get("/api/v1/goals?archived=all")
                        .then()
                        .statusCode(200)
                        .extract())
                .getList("id")
                .size();
    }

    private static byte[] loop() {
        LoopExport export = new LoopExport();
        LoopExport.Habit python = export.habit("Python, daily");
        for (int day = 1; day <= 20; day++) {
            python.mark(String.format("2026-02-%02d", day), day % 5 == 0 ? "SKIP" : "YES_MANUAL");
        }
        export.habit("Coffee").numerical("cups", "2", "AT_MOST").mark("2026-03-01", "1000");
        return export.zip();
    }

    private long uploaded(Response answer) {
        assertThat(answer.statusCode()).isEqualTo(303);
        return Long.parseLong(answer.header("Location").replaceAll(".*/settings/import/(\\d+)$", "$1"));
    }

    @Test
    void aPreviewShowsWhatIsInTheFileAndWritesNothingUntilConfirmed() {
        long id = uploaded(asha.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop()));
        String preview = asha.get("/settings/import/" + id).asString();
        assertThat(preview)
                .contains("Found in this Loop Habit Tracker file")
                .contains("<th scope=\"row\">Python, daily</th><td>20</td></tr>")
                .contains("<th scope=\"row\">Coffee</th><td>1</td></tr>")
                .contains("Riyaz goals count at least, so it is kept as a note")
                .contains("Import 2 goals and 21 practice entries");
        assertThat(goalCount()).as("a preview writes nothing").isZero();

        Response run = asha.post("/settings/import/" + id, "/settings/import/" + id + "/run", Map.of());
        assertThat(run.statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> asha.get("/settings/import/" + id).asString().contains("Imported 2 goals"));
        assertThat(asha.get("/settings/import/" + id).asString())
                .contains("Imported 2 goals, 21 practice entries, no reminders and no links.");
        assertThat(goalCount()).isEqualTo(2);
        assertThat(rows.one("select content, status, done, total from import_upload where id = ?", id))
                .containsEntry("content", null)
                .containsEntry("status", "done")
                .containsEntry("done", 21);

        asha.post("/settings/import/" + id, "/settings/import/" + id + "/run", Map.of());
        assertThat(goalCount()).as("a second click imports nothing more").isEqualTo(2);
    }

    @Test
    void whileItRunsThePageShowsAProgressBar() {
        long id = uploaded(asha.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop()));
        rows.execute("update import_upload set status = 'running', done = 7 where id = ?", id);
        String page = asha.get("/settings/import/" + id).asString();
        assertThat(page)
                .contains("Importing…")
                .contains(
                        "<progress class=\"import-progress\" aria-labelledby=\"progress-label\" max=\"100\" value=\"33\">")
                .contains("7 of 21 practice entries saved.")
                .contains("hx-trigger=\"every 1s\"");
    }

    @Test
    void aFileWithProblemsIsExplainedRowByRowAndNothingIsKept() {
        LoopExport bad = new LoopExport();
        bad.habit("Python").mark("2026-03-01", "2").mark("14/03/2026", "2");
        Response answer = asha.postFile("/settings/import", "/settings/import", "file", "loop.zip", bad.zip());
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Some rows of this file need fixing:")
                .contains("<strong>001 Python/Checkmarks.csv, line 3</strong>: &quot;14/03/2026&quot; is not a date")
                .contains("Nothing was saved.");
        assertThat(rows.count("import_upload", "owner_id = ?", asha.userId())).isZero();

        Response empty = asha.postFile("/settings/import", "/settings/import", "file", "empty.json", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.asString()).contains("Choose a file to import.");
        assertThat(goalCount()).isZero();
    }

    @Test
    void anotherPersonsUploadIsMissing() {
        long id = uploaded(asha.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop()));
        WebForms.Visitor ravi = WebForms.signedUp("ravi" + System.nanoTime() + "@example.com");
        assertThat(ravi.get("/settings/import/" + id).statusCode()).isEqualTo(404);
        assertThat(ravi.post("/settings/import", "/settings/import/" + id + "/run", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/settings/import", "/settings/import/" + id + "/cancel", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(rows.one("select status from import_upload where id = ?", id))
                .containsEntry("status", "previewed");
    }

    @Test
    void settingsOfferTheDownloadsAndTheImport() {
        String settings = asha.get("/settings").asString();
        assertThat(settings)
                .contains("href=\"/api/v1/export\" download")
                .contains("href=\"/api/v1/export?format=csv\" download")
                .contains("href=\"/settings/import\"");
        given().cookie("riyaz_session", asha.session)
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .contentType("application/json");
    }
}
