import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Loop Habit Tracker "Export as CSV" zip for the import benchmark: HABITS habits (every third one numerical)
 * with one checkmark row per day for DAYS days ending yesterday, values in the words Loop writes since 2.3.1.
 *
 *   java bench/import/LoopZip.java OUT.zip HABITS DAYS
 */
public class LoopZip {

    public static void main(String[] args) throws IOException {
        String out = args[0];
        int habits = Integer.parseInt(args[1]);
        int days = Integer.parseInt(args[2]);
        Random random = new Random(42);
        LocalDate last = LocalDate.now().minusDays(1);
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(out), StandardCharsets.UTF_8)) {
            StringBuilder list = new StringBuilder("Position,Name,Type,Question,Description,FrequencyNumerator,"
                    + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n");
            for (int h = 1; h <= habits; h++) {
                boolean numerical = h % 3 == 0;
                list.append(String.format("%03d,Habit %d,%s,Did you practise?,,%d,%d,#4CAF50,%s,AT_LEAST,%s,false%n",
                        h, h, numerical ? "NUMERICAL" : "YES_NO", h % 2 == 0 ? 3 : 1, h % 2 == 0 ? 7 : 1,
                        numerical ? "minutes" : "", numerical ? "30" : "0"));
            }
            put(zip, "Habits.csv", list.toString());
            for (int h = 1; h <= habits; h++) {
                boolean numerical = h % 3 == 0;
                StringBuilder marks = new StringBuilder("Date,Value,Notes\n");
                for (int d = 0; d < days; d++) {
                    int roll = random.nextInt(100);
                    String value;
                    if (numerical) {
                        value = roll < 75 ? String.valueOf((10 + random.nextInt(40)) * 1000) : roll < 85 ? "SKIP" : "0";
                    } else {
                        value = roll < 70 ? "YES_MANUAL" : roll < 80 ? "SKIP" : roll < 90 ? "NO" : roll < 95
                                ? "YES_AUTO" : "UNKNOWN";
                    }
                    marks.append(last.minusDays(d)).append(',').append(value).append(',')
                            .append(roll % 10 == 0 ? "\"notes, with a comma\"" : "").append('\n');
                }
                put(zip, String.format("%03d Habit %d/Checkmarks.csv", h, h), marks.toString());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
