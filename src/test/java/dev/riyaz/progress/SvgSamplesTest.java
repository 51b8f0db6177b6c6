package dev.riyaz.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders sample pictures to target/svg-samples, each as .svg and all together in index.html with the real
 * stylesheet, to look at in a browser (light and dark).
 */
class SvgSamplesTest {

    private static final Path DIR = Path.of("target", "svg-samples");
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 14);

    @Test
    void writesSamplesThatParse() throws IOException {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("heatmap-amounts", amountsHeatmap());
        samples.put("heatmap-days", daysHeatmap());
        samples.put("bar-weeks", Charts.bar("Minutes per week", "Last 12 weeks: 6 h 5 min in all", weeks(), "min"));
        samples.put("bar-months", Charts.bar("Minutes per month", "Last 12 months", months(), "min"));
        samples.put("bar-weekdays", Charts.bar("Days by weekday", "Most often on Tuesday", weekdays(), "days"));
        samples.put("line-score", Charts.line("Strength score", "Score now 72%", scores(60)));
        samples.put("line-score-year", Charts.line("Strength score", "Score over a year", scores(365)));
        samples.put("empty-bar", Charts.bar("Minutes per week", "No practice yet", List.of(), "min"));
        Files.createDirectories(DIR);
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Samples</title>"
                + "<link rel=\"stylesheet\" href=\"../../src/main/resources/META-INF/resources/css/riyaz.css\">"
                + "</head><body><main>");
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            SvgDoc.parse(sample.getValue());
            Files.writeString(DIR.resolve(sample.getKey() + ".svg"), sample.getValue());
            boolean heatmap = sample.getKey().startsWith("heatmap");
            page.append("<section class=\"card\" id=\"")
                    .append(sample.getKey())
                    .append("\"><h2>")
                    .append(sample.getKey())
                    .append("</h2>")
                    .append(
                            heatmap
                                    ? "<div class=\"heatmap-scroll\" tabindex=\"0\" role=\"region\""
                                            + " aria-label=\"Practice in the last year\">"
                                    : "")
                    .append(sample.getValue())
                    .append(heatmap ? "</div>" : "")
                    .append("</section>");
        }
        Files.writeString(DIR.resolve("index.html"), page.append("</main></body></html>"));

        assertThat(DIR.resolve("index.html")).exists();
        assertThat(Files.list(DIR).filter(p -> p.toString().endsWith(".svg"))).hasSize(samples.size());
    }

    private static String amountsHeatmap() {
        Random random = new Random(7);
        Map<LocalDate, Integer> minutes = new HashMap<>();
        for (LocalDate day = TODAY.minusDays(370); !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (random.nextInt(10) < 6) {
                minutes.put(day, 5 * (1 + random.nextInt(18)));
            }
        }
        HeatLevels levels = HeatLevels.of(minutes.values());
        Map<LocalDate, HeatCell> cells = new HashMap<>();
        minutes.forEach((day, min) ->
                cells.put(day, new HeatCell(levels.levelOf(min), Heatmap.dayName(day) + ": " + min + " min")));
        return Heatmap.of(TODAY, DayOfWeek.MONDAY, levels.legend("min"))
                .withCells(cells)
                .render("Practice in the last year", "Practice in the last year: 212 days, longest run 31 days");
    }

    private static String daysHeatmap() {
        Random random = new Random(11);
        Map<LocalDate, HeatCell> cells = new HashMap<>();
        for (LocalDate day = TODAY.minusDays(200); !day.isAfter(TODAY); day = day.plusDays(1)) {
            int roll = random.nextInt(10);
            if (roll < 7) {
                int level = HeatLevels.ofDay(roll < 5, true);
                cells.put(day, new HeatCell(level, Heatmap.dayName(day) + (level == 4 ? ": goal met" : ": some")));
            }
        }
        return Heatmap.of(TODAY, DayOfWeek.SUNDAY, HeatLevels.dayLegend())
                .withCells(cells)
                .render("All goals", "All goals in the last year: 140 days with practice");
    }

    private static List<Charts.Bar> weeks() {
        int[] minutes = {30, 95, 140, 0, 60, 185, 210, 120, 75, 150, 240, 165};
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            LocalDate monday = TODAY.minusWeeks(11 - i).with(DayOfWeek.MONDAY);
            String label =
                    monday.getDayOfMonth() + " " + monday.getMonth().toString().substring(0, 1)
                            + monday.getMonth().toString().substring(1, 3).toLowerCase();
            bars.add(new Charts.Bar(label, minutes[i], minutes[i] + " min"));
        }
        return bars;
    }

    private static List<Charts.Bar> months() {
        String[] names = {"Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"};
        int[] minutes = {0, 120, 480, 610, 540, 700, 820, 640, 300, 450, 900, 380};
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            bars.add(new Charts.Bar(names[i], minutes[i], minutes[i] + " min"));
        }
        return bars;
    }

    private static List<Charts.Bar> weekdays() {
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int[] days = {30, 41, 35, 28, 22, 9, 12};
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            bars.add(new Charts.Bar(names[i], days[i], days[i] + " days"));
        }
        return bars;
    }

    private static List<Charts.Point> scores(int days) {
        Random random = new Random(3);
        List<Charts.Point> points = new ArrayList<>();
        double score = 0;
        for (int i = days - 1; i >= 0; i--) {
            double m = Math.pow(0.5, 1 / 13.0);
            score = score * m + (random.nextInt(10) < 8 ? 1 : 0) * (1 - m);
            points.add(new Charts.Point(TODAY.minusDays(i), score));
        }
        return points;
    }
}
