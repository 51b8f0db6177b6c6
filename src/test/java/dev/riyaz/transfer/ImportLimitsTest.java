package dev.riyaz.transfer;

import java.time.LocalDate;
import java.util.StringJoiner;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** One import file holds at most 100,000 entries (and so many goals, reminders and resources): more is a 422. */
@QuarkusTest
class ImportLimitsTest {

    private People.Person asha;

    @BeforeEach
    void setUp() {
        asha = People.signUp();
    }

    @Test
    void aRiyazExportWithTooManyEntriesIsRefusedBeforeItIsRead() {
        asha.api()
                .body(riyazExport(ImportLimits.MAX_ENTRIES + 1))
                .post("/api/v1/import")
                .then()
                .spec(Problems.invalid("entries"))
                .body(Json.at("errors[0].message", containsString("at most 100000 entries")));
        assertThat(Tables.count("practice_entry", "owner_id = ?", asha.id())).isZero();
    }

    @Test
    void aRiyazExportWithTooManyGoalsIsRefused() {
        StringJoiner goals = new StringJoiner(",");
        for (int i = 0; i <= 1_000; i++) {
            goals.add("{\"id\":" + i + ",\"title\":\"g" + i + "\"}");
        }
        asha.api()
                .body("{\"format\":\"riyaz-export\",\"version\":1,\"goals\":[" + goals + "]}")
                .post("/api/v1/import")
                .then()
                .spec(Problems.invalid("goals"))
                .body(Json.at("errors[0].message", containsString("at most 1000 goals")));
    }

    @Test
    void aFileWellUnderTheLimitsStillImports() {
        asha.api()
                .body(riyazExport(2_000))
                .post("/api/v1/import")
                .then()
                .statusCode(201)
                .body(Json.at("entries", equalTo(2_000)));
    }

    @Test
    void aLoopExportWithTooManyMarksIsRefused() {
        LoopExport export = new LoopExport();
        LocalDate first = LocalDate.of(1971, 1, 1);
        int perHabit = 20_001;
        for (int h = 0; h < 5; h++) {
            LoopExport.Habit habit = export.habit("Habit " + h);
            for (int d = 0; d < perHabit; d++) {
                habit.mark(first.plusDays(d).toString(), "2");
            }
        }
        asha.api()
                .contentType("application/zip")
                .body(export.zip())
                .post("/api/v1/import")
                .then()
                .spec(Problems.invalid("entries"))
                .body(Json.at("errors[0].message", containsString("at most 100000 entries")));
        assertThat(Tables.count("goal", "owner_id = ?", asha.id())).isZero();
    }

    /** A Riyaz export of one goal with this many entries, a day each from 1971 on. */
    static String riyazExport(int entries) {
        StringBuilder body = new StringBuilder(
                "{\"format\":\"riyaz-export\",\"version\":1,\"goals\":[{\"id\":1,\"title\":\"Katas\",\"startDate\":\"1971-01-01\"}],\"entries\":[");
        LocalDate first = LocalDate.of(1971, 1, 1);
        for (int i = 0; i < entries; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"goalId\":1,\"status\":\"done\",\"date\":\"")
                    .append(first.plusDays(i % 20_000))
                    .append("\"}");
        }
        return body.append("]}").toString();
    }
}
