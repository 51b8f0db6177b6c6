package dev.riyaz.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import dev.riyaz.common.ApiException;

/**
 * Reads Loop Habit Tracker's "Export as CSV" zip: {@code Habits.csv} and one folder per habit ({@code 001 Name/})
 * with {@code Checkmarks.csv} ({@code Date,Value,Notes}). The zip is opened by {@link LoopZip}, a habit and its marks
 * become a goal and its practice in {@link LoopHabits}; this class finds each habit's folder.
 */
final class LoopReader {

    private LoopReader() {}

    /** The plan for this zip; {@code today} is the person's day, later rows are left out. */
    static ImportPlan read(byte[] zip, LocalDate today) {
        return plan(LoopZip.unzip(zip), today);
    }

    private static ImportPlan plan(Map<String, String> files, LocalDate today) {
        String habitsName = habitsFile(files.keySet());
        Folders folders = Folders.of(files.keySet());
        List<CSVRecord> habits = LoopCsv.records(habitsName, files.get(habitsName));
        if (habits.isEmpty()) {
            throw ApiException.invalid("file", "This Loop export has no habits in Habits.csv.");
        }
        LoopFindings findings = new LoopFindings();
        LoopHabits reader = new LoopHabits(findings, today);
        List<ImportPlan.PlannedGoal> goals = new ArrayList<>();
        for (int i = 0; i < habits.size(); i++) {
            CSVRecord habit = habits.get(i);
            String where = "Habits.csv, line " + (habit.getRecordNumber() + 1);
            String name = LoopCsv.column(habit, "Name", where, findings);
            if (name == null) {
                continue;
            }
            String folder = folders.of(name, i + 1);
            if (folder == null) {
                findings.problem(
                        where,
                        "No folder with Checkmarks.csv for \"" + name + "\" (like \""
                                + String.format(Locale.ROOT, "%03d", i + 1) + " " + name + "/Checkmarks.csv\").");
                continue;
            }
            goals.add(reader.plan(habit, name, where, folder, files.get(folder)));
        }
        findings.throwIfAnyProblem();
        return new ImportPlan("Loop Habit Tracker", goals, List.of(), findings.notes());
    }

    /** The top-most Habits.csv in the zip. */
    private static String habitsFile(Set<String> names) {
        return names.stream()
                .filter(name -> name.equals("Habits.csv") || name.endsWith("/Habits.csv"))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow(() -> ApiException.invalid(
                        "file", "This zip has no Habits.csv. Use Loop's \"Export as CSV\" and upload that zip."));
    }

    /** The habits' Checkmarks.csv files, by the habit's name and by its position ("001 Name/Checkmarks.csv"). */
    private record Folders(Map<Integer, String> byNumber, Map<String, String> byName) {

        private static final Pattern FOLDER = Pattern.compile("^(?:.*/)?(\\d+) (.+)/Checkmarks\\.csv$");

        static Folders of(Set<String> names) {
            Folders folders = new Folders(new HashMap<>(), new HashMap<>());
            names.forEach(name -> {
                Matcher m = FOLDER.matcher(name);
                if (m.matches()) {
                    folders.byNumber.putIfAbsent(Integer.parseInt(m.group(1)), name);
                    folders.byName.putIfAbsent(m.group(2), name);
                }
            });
            return folders;
        }

        /** The file of the habit with this name, else of the habit at this position; null when there is none. */
        String of(String name, int position) {
            return byName.getOrDefault(name, byNumber.get(position));
        }
    }
}
