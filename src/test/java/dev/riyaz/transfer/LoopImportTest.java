package dev.riyaz.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Loop Habit Tracker's CSV export, built in each test, imported through the API (Sat 14 Mar 2026 in Kolkata). */
@QuarkusTest
class LoopImportTest {

    private Person asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = People.signUp();
    }

    private io.restassured.response.ValidatableResponse send(LoopExport export) {
        return send(export.zip());
    }

    private io.restassured.response.ValidatableResponse send(byte[] zip) {
        return asha.api()
                .contentType("application/zip")
                .body(zip)
                .post("/api/v1/import")
                .then();
    }

    private JsonDoc goals() {
        return Json.doc(asha.api()
                .get("/api/v1/goals?archived=all")
                .then()
                .statusCode(200)
                .extract());
    }

    private List<Map<String, Object>> entries(long goalId) {
        return Json.doc(asha.api()
                        .get("/api/v1/entries?size=500&goalId=" + goalId)
                        .then()
                        .statusCode(200)
                        .extract())
                .getList("items");
    }

    private long goalId(String title) {
        return goals().getLong("find { it.title == '" + title.replace("'", "\\'") + "' }.id");
    }

    @Test
    void bothValueFormsBecomeDoneAndSkippedEntries() {
        LoopExport export = new LoopExport();
        export.habit("Old export")
                .mark("2026-03-01", "2", "by hand")
                .mark("2026-03-02", "1")
                .mark("2026-03-03", "0")
                .mark("2026-03-04", "3")
                .mark("2026-03-05", "-1");
        export.habit("New export")
                .mark("2026-03-01", "YES_MANUAL")
                .mark("2026-03-02", "YES_AUTO")
                .mark("2026-03-03", "NO")
                .mark("2026-03-04", "SKIP", "travel")
                .mark("2026-03-05", "UNKNOWN");
        send(export).statusCode(201).body(Json.at("goals", equalTo(2))).body(Json.at("entries", equalTo(4)));

        for (String title : List.of("Old export", "New export")) {
            List<Map<String, Object>> rows = entries(goalId(title));
            assertThat(rows)
                    .extracting(r -> r.get("date") + " " + r.get("status") + " " + r.get("source"))
                    .as(title)
                    .containsExactly("2026-03-04 skipped import", "2026-03-01 done import");
        }
        assertThat(entries(goalId("Old export")).get(1).get("note")).isEqualTo("by hand");
        assertThat(entries(goalId("New export")).get(0).get("note")).isEqualTo("travel");
        assertThat(Json.doc(asha.api()
                                .get("/api/v1/summary?from=2026-03-01&to=2026-03-05")
                                .then()
                                .statusCode(200)
                                .extract())
                        .getInt("find { it.title == 'New export' }.qualifyingDays"))
                .as("progress counts the imported practice")
                .isEqualTo(1);
        assertThat(goals().getString("find { it.title == 'New export' }.startDate"))
                .isEqualTo("2026-03-01");
    }

    @Test
    void numericalHabitsBecomeMeasuredGoalsWithTheirAmounts() {
        LoopExport export = new LoopExport();
        export.habit("Reading")
                .numerical("pages", "10", "AT_LEAST")
                .mark("2026-03-10", "12500")
                .mark("2026-03-11", "0")
                .mark("2026-03-12", "3000")
                .mark("2026-03-13", "-1");
        export.habit("Coffee").numerical("cups", "2", "AT_MOST").mark("2026-03-12", "1000");
        send(export).statusCode(201).body(Json.at("entries", equalTo(3)));

        JsonDoc all = goals();
        assertThat(all.getString("find { it.title == 'Reading' }.kind")).isEqualTo("measured");
        assertThat(all.getString("find { it.title == 'Reading' }.unit")).isEqualTo("pages");
        assertThat(new BigDecimal(all.getString("find { it.title == 'Reading' }.dailyTarget")))
                .isEqualByComparingTo("10");
        assertThat(entries(goalId("Reading")))
                .extracting(r -> new BigDecimal(r.get("amount").toString()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3"), new BigDecimal("12.5"));
        assertThat(all.getString("find { it.title == 'Coffee' }.description")).contains("at most 2 cups a day");
    }

    @Test
    void frequenciesBecomeTheNearestScheduleAndArchivedStaysArchived() {
        LoopExport export = new LoopExport();
        export.habit("Daily").frequency(1, 1);
        export.habit("Three a week").frequency(3, 7);
        export.habit("Ten a month").frequency(10, 30);
        export.habit("Every third day").frequency(1, 3);
        export.habit("Three in ten days").frequency(3, 10);
        export.habit("Old habit").frequency(1, 1).archived();
        send(export).statusCode(201).body(Json.at("goals", equalTo(6)));

        JsonDoc all = goals();
        assertThat(all.getMap("find { it.title == 'Daily' }.schedule")).isEqualTo(Map.of("type", "daily"));
        assertThat(all.getMap("find { it.title == 'Three a week' }.schedule"))
                .isEqualTo(Map.of("type", "weekly", "times", 3));
        assertThat(all.getMap("find { it.title == 'Ten a month' }.schedule"))
                .isEqualTo(Map.of("type", "monthly", "times", 10));
        assertThat(all.getMap("find { it.title == 'Every third day' }.schedule"))
                .isEqualTo(Map.of("type", "interval", "every", 3));
        assertThat(all.getMap("find { it.title == 'Three in ten days' }.schedule"))
                .isEqualTo(Map.of("type", "weekly", "times", 2));
        assertThat(all.getBoolean("find { it.title == 'Old habit' }.archived")).isTrue();
        assertThat(all.getBoolean("find { it.title == 'Daily' }.archived")).isFalse();
    }

    @Test
    void namesWithCommasQuotesAndOtherScriptsSurvive() {
        LoopExport export = new LoopExport();
        export.habit("Read \"SICP\", chapter 1")
                .question("Did you read, today?")
                .mark("2026-03-01", "2");
        export.habit("Café ☕ coding — 毎日").mark("2026-03-02", "YES_MANUAL", "notes, with \"quotes\"");
        send(export).statusCode(201).body(Json.at("goals", equalTo(2)));

        assertThat(goals().getList("title"))
                .containsExactlyInAnyOrder("Read \"SICP\", chapter 1", "Café ☕ coding — 毎日");
        assertThat(entries(goalId("Café ☕ coding — 毎日")).get(0).get("note")).isEqualTo("notes, with \"quotes\"");
        assertThat(goals().getString("find { it.title.startsWith('Read') }.description"))
                .isEqualTo("Did you read, today?");
    }

    @Test
    void aBrokenZipIsRefusedAndNothingIsWritten() throws java.io.IOException {
        send("this is not a zip".getBytes()).spec(Problems.invalid("file"));

        LoopExport long_ = new LoopExport();
        LoopExport.Habit habit = long_.habit("Python");
        for (int day = 1; day <= 28; day++) {
            habit.mark(String.format("2026-02-%02d", day), "2", "a note that takes some room in the file");
        }
        byte[] good = long_.zip();
        send(java.util.Arrays.copyOf(good, good.length / 2)).spec(Problems.invalid("file"));

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        send(bytes.toByteArray())
                .spec(Problems.invalid("file"))
                .body(Json.at("detail", containsString("no Habits.csv")));
        send(new LoopExport().zip())
                .spec(Problems.invalid("file"))
                .body(Json.at("detail", containsString("no habits")));
        assertThat(goals().getList("id")).isEmpty();
    }

    @Test
    void aMissingFolderABadDateOrABadValueNamesTheRowAndWritesNothing() {
        LoopExport missing = new LoopExport().withoutFolders();
        missing.habit("Python").mark("2026-03-01", "2");
        send(missing)
                .spec(Problems.problem(422))
                .body(Json.at(
                        "errors.message", hasItem(containsString("No folder with Checkmarks.csv for \"Python\""))));

        LoopExport badDate = new LoopExport();
        badDate.habit("Fine").mark("2026-03-01", "2");
        badDate.habit("Python").mark("2026-03-01", "2").mark("01/03/2026", "2");
        send(badDate)
                .spec(Problems.problem(422))
                .body(Json.at("errors.field", hasItem("002 Python/Checkmarks.csv, line 3")))
                .body(Json.at("errors.message", hasItem(containsString("\"01/03/2026\" is not a date"))));

        LoopExport badValue = new LoopExport();
        badValue.habit("Python").mark("2026-03-01", "YES_PLEASE");
        send(badValue)
                .spec(Problems.problem(422))
                .body(Json.at("errors.field", hasItem("001 Python/Checkmarks.csv, line 2")));

        assertThat(goals().getList("id")).isEmpty();
    }
}
