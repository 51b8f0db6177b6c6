package dev.riyaz.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Validation;
import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalRequest.ScheduleJson;
import dev.riyaz.practice.EntryRequest;

/**
 * Reads Loop Habit Tracker's "Export as CSV" zip: {@code Habits.csv} and one folder per habit ({@code 001 Name/})
 * with {@code Checkmarks.csv} ({@code Date,Value,Notes}). Values come as numbers (older exports: 2 done by hand, 1 done
 * automatically, 0 not done, 3 skipped, -1 unknown) or words (since Loop 2.3.1: YES_MANUAL, YES_AUTO, NO, SKIP,
 * UNKNOWN); numerical habits store amounts times 1000.
 */
final class LoopReader {

    /** Zip limits: a 10-habit, 5-year export is well under a megabyte; these stop a zip bomb early. */
    static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;

    static final int MAX_FILES = 5_000;

    private static final Pattern FOLDER = Pattern.compile("^(?:.*/)?(\\d+) (.+)/Checkmarks\\.csv$");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private final List<FieldError> problems = new ArrayList<>();
    private final List<ImportPlan.Note> notes = new ArrayList<>();
    private final LocalDate today;
    private int entriesRead;

    private LoopReader(LocalDate today) {
        this.today = today;
    }

    /** The plan for this zip; {@code today} is the person's day, later rows are left out. */
    static ImportPlan read(byte[] zip, LocalDate today) {
        return new LoopReader(today).plan(unzip(zip));
    }

    private ImportPlan plan(Map<String, String> files) {
        String habitsName = files.keySet().stream()
                .filter(name -> name.equals("Habits.csv") || name.endsWith("/Habits.csv"))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow(() -> ApiException.invalid(
                        "file", "This zip has no Habits.csv. Use Loop's \"Export as CSV\" and upload that zip."));
        Map<Integer, String> byNumber = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        files.keySet().forEach(name -> {
            Matcher m = FOLDER.matcher(name);
            if (m.matches()) {
                byNumber.putIfAbsent(Integer.parseInt(m.group(1)), name);
                byName.putIfAbsent(m.group(2), name);
            }
        });
        List<ImportPlan.PlannedGoal> goals = new ArrayList<>();
        List<CSVRecord> habits = records(habitsName, files.get(habitsName));
        if (habits.isEmpty()) {
            throw ApiException.invalid("file", "This Loop export has no habits in Habits.csv.");
        }
        for (int i = 0; i < habits.size(); i++) {
            CSVRecord habit = habits.get(i);
            String where = "Habits.csv, line " + (habit.getRecordNumber() + 1);
            String name = column(habit, "Name", where);
            if (name == null) {
                continue;
            }
            String folder = byName.getOrDefault(name, byNumber.get(i + 1));
            if (folder == null) {
                problem(
                        where,
                        "No folder with Checkmarks.csv for \"" + name + "\" (like \""
                                + String.format(Locale.ROOT, "%03d", i + 1) + " " + name + "/Checkmarks.csv\").");
                continue;
            }
            ImportPlan.PlannedGoal goal = habit(habit, name, where, folder, files.get(folder));
            if (goal != null) {
                goals.add(goal);
            }
        }
        if (!problems.isEmpty()) {
            throw Validation.invalid(
                    problems.size() > Importer.MAX_PROBLEMS ? problems.subList(0, Importer.MAX_PROBLEMS) : problems);
        }
        return new ImportPlan("Loop Habit Tracker", goals, List.of(), notes);
    }

    private ImportPlan.PlannedGoal habit(CSVRecord habit, String name, String where, String folder, String csv) {
        boolean numerical = numerical(habit.isMapped("Type") ? habit.get("Type") : "");
        String title = name.strip();
        if (title.length() > 100) {
            notes.add(new ImportPlan.Note(where, "The name is cut to 100 characters."));
            title = title.substring(0, 99) + "…";
        }
        String description = description(optional(habit, "Question"), optional(habit, "Description"));
        String unit = null;
        BigDecimal target = null;
        if (numerical) {
            unit = optional(habit, "Unit");
            unit = unit == null ? "times" : unit.length() > 30 ? unit.substring(0, 30) : unit;
            target = number(optional(habit, "Target Value"));
            if (target == null || target.signum() <= 0) {
                target = BigDecimal.ONE;
            }
            target = target.stripTrailingZeros().scale() > 2
                    ? target.setScale(2, java.math.RoundingMode.HALF_UP)
                    : target;
            if (atMost(optional(habit, "Target Type"))) {
                String note = "In Loop the target was at most " + plain(target) + " " + unit + " a day.";
                description = description == null ? note : description + "\n" + note;
                notes.add(new ImportPlan.Note(
                        title,
                        "Its target is \"at most " + plain(target) + " " + unit
                                + "\"; Riyaz goals count at least, so it is kept as a note."));
            }
        }
        if (description != null && description.length() > 1000) {
            description = description.substring(0, 999) + "…";
        }
        ScheduleJson schedule =
                schedule(title, optional(habit, "FrequencyNumerator"), optional(habit, "FrequencyDenominator"), where);
        List<ImportPlan.Row<EntryRequest>> entries = new ArrayList<>();
        LocalDate first = null;
        int later = 0;
        for (CSVRecord row : records(folder, csv)) {
            String at = folder + ", line " + (row.getRecordNumber() + 1);
            LocalDate date = date(column(row, "Date", at), at);
            String value = column(row, "Value", at);
            if (date == null || value == null) {
                continue;
            }
            String note = optional(row, "Notes");
            EntryRequest entry = numerical ? amount(value, note, at) : checkmark(value, note, at);
            if (entry == null) {
                continue;
            }
            if (date.isAfter(today)) {
                later++;
                continue;
            }
            first = first == null || date.isBefore(first) ? date : first;
            ImportLimits.tooMany("entries", ++entriesRead);
            entries.add(new ImportPlan.Row<>(
                    at, new EntryRequest(date, entry.status(), entry.amount(), entry.note(), null, "import")));
        }
        if (later > 0) {
            notes.add(new ImportPlan.Note(title, later + " marks dated after today are left out."));
        }
        String color = optional(habit, "Color");
        boolean archived = "true".equalsIgnoreCase(optional(habit, "Archived?"));
        GoalRequest goal = new GoalRequest(
                title,
                description,
                numerical ? "measured" : "check",
                unit,
                target,
                schedule,
                first == null ? today : first,
                color != null && HEX.matcher(color).matches() ? color : null,
                List.of("loop"),
                archived,
                null);
        return new ImportPlan.PlannedGoal(where, null, goal, entries, List.of());
    }

    /** YES_MANUAL (2): done; SKIP (3): a day off; YES_AUTO (1), NO (0) and UNKNOWN (-1): nothing to import. */
    private EntryRequest checkmark(String value, String note, String where) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "2", "YES_MANUAL" -> new EntryRequest(null, "done", null, note, null, null);
            case "3", "SKIP" -> new EntryRequest(null, "skipped", null, note, null, null);
            case "1", "0", "-1", "YES_AUTO", "NO", "UNKNOWN" -> null;
            default -> {
                problem(
                        where,
                        "\"" + value
                                + "\" is not a value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or 2, 1, 0, 3, -1).");
                yield null;
            }
        };
    }

    /** A numerical habit's amount (stored times 1000); 0 or less, or UNKNOWN, is nothing logged; SKIP is a day off. */
    private EntryRequest amount(String value, String note, String where) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("SKIP")) {
            return new EntryRequest(null, "skipped", null, note, null, null);
        }
        if (upper.equals("UNKNOWN") || upper.equals("NO") || upper.equals("YES_AUTO")) {
            return null;
        }
        BigDecimal thousandths = number(value);
        if (thousandths == null) {
            problem(where, "\"" + value + "\" is not a number for this numerical habit.");
            return null;
        }
        if (thousandths.signum() <= 0) {
            return null;
        }
        BigDecimal amount = thousandths.movePointLeft(3).setScale(2, java.math.RoundingMode.HALF_UP);
        return amount.signum() == 0
                ? null
                : new EntryRequest(null, "done", amount.stripTrailingZeros(), note, null, null);
    }

    /** N times in D days, as the nearest Riyaz schedule. */
    private ScheduleJson schedule(String title, String numerator, String denominator, String where) {
        Integer n = whole(numerator);
        Integer d = whole(denominator);
        if (n == null || d == null || n < 1 || d < 1) {
            problem(where, "FrequencyNumerator and FrequencyDenominator must be whole numbers from 1.");
            return new ScheduleJson("daily", null, null, null);
        }
        if (n >= d) {
            return new ScheduleJson("daily", null, null, null);
        }
        if (d == 7) {
            return new ScheduleJson("weekly", n, null, null);
        }
        if (d == 30 || d == 31) {
            return new ScheduleJson("monthly", n, null, null);
        }
        if (n == 1 && d <= 365) {
            return new ScheduleJson("interval", null, null, d);
        }
        double perWeek = 7.0 * n / d;
        ScheduleJson nearest = perWeek >= 1
                ? new ScheduleJson("weekly", (int) Math.min(7, Math.round(perWeek)), null, null)
                : new ScheduleJson("monthly", (int) Math.max(1, Math.round(30.0 * n / d)), null, null);
        String described =
                nearest.type().equals("weekly") ? nearest.times() + " days a week" : nearest.times() + " days a month";
        notes.add(new ImportPlan.Note(
                title, "Loop's " + n + " times in " + d + " days becomes " + described + ", the nearest Riyaz has."));
        return nearest;
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

    private LocalDate date(String value, String where) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (Bounds.contains(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(
                where,
                "\"" + value + "\" is not a date like 2024-03-14 between " + Bounds.EARLIEST + " and " + Bounds.LATEST
                        + ".");
        return null;
    }

    private List<CSVRecord> records(String name, String text) {
        try {
            return CSV.parse(new StringReader(text)).getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.invalid("file", name + " is not a readable CSV file: " + e.getMessage());
        }
    }

    private String column(CSVRecord record, String column, String where) {
        String value = optional(record, column);
        if (value == null) {
            problem(where, "The " + column + " column is missing or empty.");
        }
        return value;
    }

    private static String optional(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String value) {
        BigDecimal number = number(value);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private void problem(String where, String message) {
        problems.add(new FieldError(where, message));
    }

    /** The zip's text files by name; a broken or oversized zip is a 422 that says so. */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw ApiException.invalid("file", "This zip holds too many files for a Loop export.");
                }
                byte[] bytes = read(in, MAX_UNZIPPED_BYTES - total);
                total += bytes.length;
                files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw ApiException.invalid("file", "This zip is broken: " + e.getMessage());
        } catch (IOException e) {
            throw ApiException.invalid("file", "This zip could not be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw ApiException.invalid("file", "This is not a zip file, or it is empty.");
        }
        return files;
    }

    private static byte[] read(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > room) {
                throw ApiException.invalid(
                        "file", "This zip unpacks to more than 64 MB; a Loop export is far smaller.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
