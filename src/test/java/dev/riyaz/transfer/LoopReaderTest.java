package dev.riyaz.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalRequest.ScheduleJson;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.testing.LoopExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Reading a Loop export into a plan, without a server: what becomes a goal, an entry, a note or a problem. */
class LoopReaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @Test
    void manualChecksAreDoneSkipsAreDaysOffAndTheRestIsLeftOut() {
        LoopExport export = new LoopExport();
        export.habit("Old")
                .mark("2026-03-01", "2", "by hand")
                .mark("2026-03-02", "1")
                .mark("2026-03-03", "0")
                .mark("2026-03-04", "3")
                .mark("2026-03-05", "-1");
        export.habit("New")
                .mark("2026-03-01", "yes_manual")
                .mark("2026-03-02", "YES_AUTO")
                .mark("2026-03-03", "NO")
                .mark("2026-03-04", "SKIP", "travel")
                .mark("2026-03-05", "UNKNOWN");

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        assertThat(plan.source()).isEqualTo("Loop Habit Tracker");
        assertThat(plan.goals()).hasSize(2);
        assertThat(entries(plan, 0))
                .containsExactly(
                        new EntryRequest(day("2026-03-01"), "done", null, "by hand", null, "import"),
                        new EntryRequest(day("2026-03-04"), "skipped", null, null, null, "import"));
        assertThat(entries(plan, 1))
                .containsExactly(
                        new EntryRequest(day("2026-03-01"), "done", null, null, null, "import"),
                        new EntryRequest(day("2026-03-04"), "skipped", null, "travel", null, "import"));
        assertThat(plan.goals().get(0).entries().get(0).where()).isEqualTo("001 Old/Checkmarks.csv, line 2");
        GoalRequest old = plan.goals().get(0).goal();
        assertThat(old.kind()).isEqualTo("check");
        assertThat(old.startDate()).isEqualTo(day("2026-03-01"));
        assertThat(old.color()).isEqualTo("#4CAF50");
        assertThat(old.tags()).containsExactly("loop");
        assertThat(plan.dropped()).isEmpty();
    }

    @Test
    void numericalAmountsAreStoredTimesAThousand() {
        LoopExport export = new LoopExport();
        export.habit("Reading")
                .numerical("pages", "10.125", "AT_LEAST")
                .mark("2026-03-10", "12500")
                .mark("2026-03-11", "0")
                .mark("2026-03-12", "5")
                .mark("2026-03-13", "SKIP")
                .mark("2026-03-14", "UNKNOWN");

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        GoalRequest reading = plan.goals().get(0).goal();
        assertThat(reading.kind()).isEqualTo("measured");
        assertThat(reading.unit()).isEqualTo("pages");
        assertThat(reading.dailyTarget()).isEqualByComparingTo("10.13");
        assertThat(entries(plan, 0))
                .extracting(EntryRequest::status, EntryRequest::amount)
                .containsExactly(
                        tuple("done", new BigDecimal("12.5")),
                        tuple("done", new BigDecimal("0.01")),
                        tuple("skipped", null));
    }

    @Test
    void anAtMostTargetIsKeptAsANote() {
        LoopExport export = new LoopExport();
        export.habit("Coffee").numerical("cups", "2", "AT_MOST").question("Coffee today?");

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        assertThat(plan.goals().get(0).goal().description())
                .isEqualTo("Coffee today?\nIn Loop the target was at most 2 cups a day.");
        assertThat(plan.dropped())
                .containsExactly(new ImportPlan.Note(
                        "Coffee",
                        "Its target is \"at most 2 cups\"; Riyaz goals count at least, so it is kept as a note."));
    }

    @Test
    void frequenciesBecomeTheNearestScheduleWithANoteWhenNotExact() {
        LoopExport export = new LoopExport();
        export.habit("Daily").frequency(2, 1);
        export.habit("Three a week").frequency(3, 7);
        export.habit("Ten a month").frequency(10, 31);
        export.habit("Every third day").frequency(1, 3);
        export.habit("Three in ten days").frequency(3, 10);
        export.habit("Two a year").frequency(2, 365);

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        assertThat(plan.goals())
                .extracting(goal -> goal.goal().schedule())
                .containsExactly(
                        new ScheduleJson("daily", null, null, null),
                        new ScheduleJson("weekly", 3, null, null),
                        new ScheduleJson("monthly", 10, null, null),
                        new ScheduleJson("interval", null, null, 3),
                        new ScheduleJson("weekly", 2, null, null),
                        new ScheduleJson("monthly", 1, null, null));
        assertThat(plan.dropped())
                .extracting(ImportPlan.Note::why)
                .containsExactly(
                        "Loop's 3 times in 10 days becomes 2 days a week, the nearest Riyaz has.",
                        "Loop's 2 times in 365 days becomes 1 days a month, the nearest Riyaz has.");
    }

    @Test
    void marksAfterTodayAreLeftOutWithANote() {
        LoopExport export = new LoopExport();
        export.habit("Python").mark("2026-03-19", "2").mark("2026-03-21", "2").mark("2026-04-01", "2");

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        assertThat(entries(plan, 0)).extracting(EntryRequest::date).containsExactly(day("2026-03-19"));
        assertThat(plan.dropped())
                .containsExactly(new ImportPlan.Note("Python", "2 marks dated after today are left out."));
    }

    @Test
    void aHabitWithoutMarksStartsToday() {
        LoopExport export = new LoopExport();
        export.habit("Fresh").archived();

        GoalRequest fresh = LoopReader.read(export.zip(), TODAY).goals().get(0).goal();

        assertThat(fresh.startDate()).isEqualTo(TODAY);
        assertThat(fresh.archived()).isTrue();
    }

    @Test
    void aLongNameIsCutTo100Characters() {
        LoopExport export = new LoopExport();
        export.habit("x".repeat(150));

        ImportPlan plan = LoopReader.read(export.zip(), TODAY);

        assertThat(plan.goals().get(0).goal().title()).hasSize(100).endsWith("x…");
        assertThat(plan.dropped())
                .containsExactly(new ImportPlan.Note("Habits.csv, line 2", "The name is cut to 100 characters."));
    }

    @Test
    void everyWrongRowIsNamedInOrder() {
        LoopExport export = new LoopExport();
        export.habit("Python").mark("01/03/2026", "2").mark("2026-03-02", "YES_PLEASE");
        export.habit("Go").frequency(0, 7);
        export.habit("Numbers").numerical("km", "5", "AT_LEAST").mark("2026-03-01", "lots");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> LoopReader.read(export.zip(), TODAY));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "001 Python/Checkmarks.csv, line 2",
                        "001 Python/Checkmarks.csv, line 3",
                        "Habits.csv, line 3",
                        "003 Numbers/Checkmarks.csv, line 2");
        assertThat(refused.errors())
                .extracting(FieldError::message)
                .contains(
                        "\"lots\" is not a number for this numerical habit.",
                        "FrequencyNumerator and FrequencyDenominator must be whole numbers from 1.");
    }

    @Test
    void aMissingFolderIsNamedAndAFolderIsAlsoFoundByItsNumber() {
        LoopExport missing = new LoopExport().withoutFolders();
        missing.habit("Python");
        ApiException refused = catchThrowableOfType(ApiException.class, () -> LoopReader.read(missing.zip(), TODAY));
        assertThat(refused.errors())
                .containsExactly(new FieldError(
                        "Habits.csv, line 2",
                        "No folder with Checkmarks.csv for \"Python\" (like \"001 Python/Checkmarks.csv\")."));

        LoopExport renamed =
                new LoopExport().withoutFolders().file("001 Pyth/Checkmarks.csv", "Date,Value,Notes\n2026-03-01,2,\n");
        renamed.habit("Python");
        assertThat(entries(LoopReader.read(renamed.zip(), TODAY), 0)).hasSize(1);
    }

    @Test
    void aZipWithoutHabitsOrNotAZipIsRefused() throws IOException {
        ApiException noHabits =
                catchThrowableOfType(ApiException.class, () -> LoopReader.read(new LoopExport().zip(), TODAY));
        assertThat(noHabits.getMessage()).isEqualTo("This Loop export has no habits in Habits.csv.");

        ApiException notLoop =
                catchThrowableOfType(ApiException.class, () -> LoopReader.read(zipOf("notes.txt", "hello"), TODAY));
        assertThat(notLoop.getMessage()).startsWith("This zip has no Habits.csv.");

        ApiException notAZip =
                catchThrowableOfType(ApiException.class, () -> LoopReader.read("this is not a zip".getBytes(), TODAY));
        assertThat(notAZip.getMessage()).isEqualTo("This is not a zip file, or it is empty.");
    }

    private static List<EntryRequest> entries(ImportPlan plan, int goal) {
        return plan.goals().get(goal).entries().stream()
                .map(ImportPlan.Row::value)
                .toList();
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
