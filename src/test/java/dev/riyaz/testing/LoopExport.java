package dev.riyaz.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a zip shaped like Loop Habit Tracker's "Export as CSV": Habits.csv and one folder per habit ("001 Name/")
 * holding Checkmarks.csv. Fields are quoted as CSV requires, so names with commas and quotes are written as Loop does.
 */
public final class LoopExport {

    private final List<Habit> habits = new ArrayList<>();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private boolean folders = true;

    /** One habit: the Habits.csv columns and its checkmark rows ({@code Date,Value,Notes}). */
    public static final class Habit {
        final String name;
        String type = "YES_NO";
        String question = "";
        String description = "";
        int numerator = 1;
        int denominator = 1;
        String color = "#4CAF50";
        String unit = "";
        String targetType = "AT_LEAST";
        String targetValue = "0";
        boolean archived;
        final List<String[]> marks = new ArrayList<>();

        Habit(String name) {
            this.name = name;
        }

        public Habit frequency(int numerator, int denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
            return this;
        }

        public Habit numerical(String unit, String targetValue, String targetType) {
            this.type = "NUMERICAL";
            this.unit = unit;
            this.targetValue = targetValue;
            this.targetType = targetType;
            return this;
        }

        public Habit question(String question) {
            this.question = question;
            return this;
        }

        public Habit archived() {
            this.archived = true;
            return this;
        }

        public Habit mark(String date, String value) {
            return mark(date, value, "");
        }

        public Habit mark(String date, String value, String notes) {
            marks.add(new String[] {date, value, notes});
            return this;
        }
    }

    public Habit habit(String name) {
        Habit habit = new Habit(name);
        habits.add(habit);
        return habit;
    }

    /** Leaves out every habit folder, as a broken export would. */
    public LoopExport withoutFolders() {
        folders = false;
        return this;
    }

    public LoopExport file(String name, String text) {
        extra.put(name, text);
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder list = new StringBuilder("Position,Name,Type,Question,Description,FrequencyNumerator,"
                    + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n");
            for (int i = 0; i < habits.size(); i++) {
                Habit h = habits.get(i);
                list.append(String.join(
                                ",",
                                String.format("%03d", i + 1),
                                csv(h.name),
                                h.type,
                                csv(h.question),
                                csv(h.description),
                                String.valueOf(h.numerator),
                                String.valueOf(h.denominator),
                                h.color,
                                csv(h.unit),
                                h.targetType,
                                h.targetValue,
                                String.valueOf(h.archived)))
                        .append('\n');
            }
            put(zip, "Habits.csv", list.toString());
            if (folders) {
                for (int i = 0; i < habits.size(); i++) {
                    Habit h = habits.get(i);
                    StringBuilder marks = new StringBuilder("Date,Value,Notes\n");
                    for (String[] mark : h.marks) {
                        marks.append(mark[0])
                                .append(',')
                                .append(mark[1])
                                .append(',')
                                .append(csv(mark[2]))
                                .append('\n');
                    }
                    put(zip, String.format("%03d %s/Checkmarks.csv", i + 1, h.name), marks.toString());
                }
            }
            for (Map.Entry<String, String> file : extra.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
