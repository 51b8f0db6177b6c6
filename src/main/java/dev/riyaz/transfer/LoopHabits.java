package dev.riyaz.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalRequest.ScheduleJson;
import dev.riyaz.practice.EntryRequest;

import static dev.riyaz.transfer.LoopCsv.optional;

/** The habits of one Loop export, each with its Checkmarks.csv, as planned goals with their practice. */
final class LoopHabits {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final LoopFindings findings;
    private final LocalDate today;
    private int entriesRead;

    /** {@code today} is the person's day: marks after it are left out. */
    LoopHabits(LoopFindings findings, LocalDate today) {
        this.findings = findings;
        this.today = today;
    }

    /** The goal of one row of Habits.csv ({@code where}), with the practice in {@code csv}, the file {@code folder}. */
    ImportPlan.PlannedGoal plan(CSVRecord habit, String name, String where, String folder, String csv) {
        boolean numerical = numerical(habit.isMapped("Type") ? habit.get("Type") : "");
        String title = title(name, where);
        String description = description(optional(habit, "Question"), optional(habit, "Description"));
        String unit = numerical ? unit(optional(habit, "Unit")) : null;
        BigDecimal target = numerical ? target(optional(habit, "Target Value")) : null;
        if (numerical && atMost(optional(habit, "Target Type"))) {
            String note = "In Loop the target was at most " + plain(target) + " " + unit + " a day.";
            description = description == null ? note : description + "\n" + note;
            findings.note(
                    title,
                    "Its target is \"at most " + plain(target) + " " + unit
                            + "\"; Riyaz goals count at least, so it is kept as a note.");
        }
        if (description != null && description.length() > 1000) {
            description = description.substring(0, 999) + "…";
        }
        ScheduleJson schedule = LoopSchedule.read(
                title, optional(habit, "FrequencyNumerator"), optional(habit, "FrequencyDenominator"), where, findings);
        List<ImportPlan.Row<EntryRequest>> entries = entries(title, numerical, folder, csv);
        LocalDate first = entries.stream()
                .map(row -> row.value().date())
                .min(Comparator.naturalOrder())
                .orElse(today);
        String color = optional(habit, "Color");
        GoalRequest goal = new GoalRequest(
                title,
                description,
                numerical ? "measured" : "check",
                unit,
                target,
                schedule,
                first,
                color != null && HEX.matcher(color).matches() ? color : null,
                List.of("loop"),
                "true".equalsIgnoreCase(optional(habit, "Archived?")),
                null);
        return new ImportPlan.PlannedGoal(where, null, goal, entries, List.of());
    }

    /** The practice of one habit, up to today; each wrong row is reported. */
    private List<ImportPlan.Row<EntryRequest>> entries(String title, boolean numerical, String folder, String csv) {
        List<ImportPlan.Row<EntryRequest>> entries = new ArrayList<>();
        int later = 0;
        for (CSVRecord row : LoopCsv.records(folder, csv)) {
            String at = folder + ", line " + (row.getRecordNumber() + 1);
            LocalDate date = LoopCsv.date(LoopCsv.column(row, "Date", at, findings), at, findings);
            String value = LoopCsv.column(row, "Value", at, findings);
            if (date == null || value == null) {
                continue;
            }
            String note = optional(row, "Notes");
            EntryRequest mark = numerical
                    ? LoopMarks.amount(value, note, at, findings)
                    : LoopMarks.checkmark(value, note, at, findings);
            if (mark == null) {
                continue;
            }
            if (date.isAfter(today)) {
                later++;
                continue;
            }
            ImportLimits.tooMany("entries", ++entriesRead);
            entries.add(new ImportPlan.Row<>(
                    at, new EntryRequest(date, mark.status(), mark.amount(), mark.note(), null, "import")));
        }
        if (later > 0) {
            findings.note(title, later + " marks dated after today are left out.");
        }
        return entries;
    }

    /** The name as a goal title: at most 100 characters. */
    private String title(String name, String where) {
        String title = name.strip();
        if (title.length() <= 100) {
            return title;
        }
        findings.note(where, "The name is cut to 100 characters.");
        return title.substring(0, 99) + "…";
    }

    private static String unit(String unit) {
        return unit == null ? "times" : unit.length() > 30 ? unit.substring(0, 30) : unit;
    }

    /** The daily target; none or not above 0 is 1, and at most two decimals are kept. */
    private static BigDecimal target(String value) {
        BigDecimal target = LoopCsv.number(value);
        if (target == null || target.signum() <= 0) {
            target = BigDecimal.ONE;
        }
        return target.stripTrailingZeros().scale() > 2 ? target.setScale(2, RoundingMode.HALF_UP) : target;
    }

    private static boolean numerical(String type) {
        String t = type.strip().toUpperCase(Locale.ROOT);
        return t.equals("1") || t.startsWith("NUMER") || t.equals("NUMBER");
    }

    private static boolean atMost(String type) {
        return type != null
                && (type.equals("1") || type.toUpperCase(Locale.ROOT).contains("MOST"));
    }

    private static String description(String question, String description) {
        if (question == null) {
            return description;
        }
        return description == null ? question : question + "\n" + description;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
