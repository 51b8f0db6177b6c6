package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A year of practice as an SVG heatmap, GitHub style: 53 week columns of 7 days ending on the last day, a tooltip per
 * day, month and weekday labels, and a "Less ... More" legend with numbers. It scales with its container (viewBox,
 * width 100%). Pages insert the markup raw inside a scroll box, so that on a phone the text stays readable, the
 * newest weeks show first and the page itself never scrolls sideways:
 * {@code <div class="heatmap-scroll" tabindex="0" role="region" aria-label="Practice in the last year">{svg.raw}</div>}.
 *
 * <pre>{@code
 * String svg = Heatmap.of(today, DayOfWeek.MONDAY, levels.legend("min"))
 *         .withCells(cells)
 *         .render("Practice in the last year", "212 days with practice, longest run 31 days");
 * }</pre>
 */
public final class Heatmap {

    static final int WEEKS = 53;
    static final int CELL = 11;
    static final int PITCH = 14;
    static final int FONT_SIZE = 12;
    static final int LEFT = 34;
    static final int TOP = 18;
    /** Room right of the grid for the last month's name, which starts over the last week. */
    static final int RIGHT = 3 * FONT_SIZE / 2;

    static final int GRID_RIGHT = LEFT + WEEKS * PITCH - (PITCH - CELL);
    static final int WIDTH = LEFT + WEEKS * PITCH + RIGHT;
    static final int GRID_BOTTOM = TOP + 7 * PITCH - (PITCH - CELL);
    static final int HEIGHT = GRID_BOTTOM + 26;
    static final String SIZE = "" + CELL;
    private static final String FONT = "" + FONT_SIZE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final Set<DayOfWeek> LABELLED_DAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    private final LocalDate lastDay;
    private final DayOfWeek firstDayOfWeek;
    private final List<HeatKey> legend;
    private final Map<LocalDate, HeatCell> cells;
    private final Function<LocalDate, String> emptyTitle;

    private Heatmap(
            LocalDate lastDay,
            DayOfWeek firstDayOfWeek,
            List<HeatKey> legend,
            Map<LocalDate, HeatCell> cells,
            Function<LocalDate, String> emptyTitle) {
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        this.firstDayOfWeek = Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        this.legend = List.copyOf(legend);
        this.cells = Map.copyOf(cells);
        this.emptyTitle = Objects.requireNonNull(emptyTitle, "emptyTitle");
    }

    /**
     * A heatmap of the 53 weeks ending on {@code lastDay}, weeks starting on {@code firstDayOfWeek}, with no practice
     * yet. The legend says what each level means, e.g. {@link HeatLevels#legend} or {@link HeatLevels#dayLegend}.
     */
    public static Heatmap of(LocalDate lastDay, DayOfWeek firstDayOfWeek, List<HeatKey> legend) {
        return new Heatmap(lastDay, firstDayOfWeek, legend, Map.of(), Heatmap::noPractice);
    }

    /** The days with practice; days missing here show at level 0 with the empty title. */
    public Heatmap withCells(Map<LocalDate, HeatCell> cells) {
        return new Heatmap(lastDay, firstDayOfWeek, legend, cells, emptyTitle);
    }

    /** The tooltip of a day without an entry; by default {@link #noPractice}. */
    public Heatmap withEmptyTitle(Function<LocalDate, String> emptyTitle) {
        return new Heatmap(lastDay, firstDayOfWeek, legend, cells, emptyTitle);
    }

    /** The default tooltip of a day without practice: "Tue 14 Oct: no practice". */
    public static String noPractice(LocalDate day) {
        return dayName(day) + ": no practice";
    }

    /** A day as the heatmap names it, "Tue 14 Oct", for callers building their own titles. */
    public static String dayName(LocalDate day) {
        return DAY.format(day);
    }

    /** The first day shown: the start of the week 52 weeks before the week of the last day. */
    public LocalDate firstDay() {
        return lastDay.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)).minusWeeks(WEEKS - 1);
    }

    /**
     * The SVG markup, safe to insert raw: {@code title} names the picture and {@code description} is its text
     * alternative for screen readers, e.g. "Practice in the last year: 212 days, longest run 31 days".
     */
    public String render(String title, String description) {
        LocalDate first = firstDay();
        Svg body = new Svg();
        monthLabels(body, first);
        weekdayLabels(body, first);
        days(body, first);
        int lines = HeatmapLegend.draw(body, legend);
        String viewBox = "0 0 " + WIDTH + " " + (HEIGHT + Math.max(0, lines - 1) * HeatmapLegend.ROW);
        return Svg.picture("heatmap", title, description, body, "viewBox", viewBox, "width", "100%", "font-size", FONT);
    }

    private void days(Svg body, LocalDate first) {
        body.open("g", "class", "hm-days");
        for (LocalDate day = first; !day.isAfter(lastDay); day = day.plusDays(1)) {
            int index = (int) ChronoUnit.DAYS.between(first, day);
            HeatCell cell = cells.containsKey(day) ? cells.get(day) : new HeatCell(0, emptyTitle.apply(day));
            String x = Svg.num(LEFT + index / 7 * PITCH);
            String y = Svg.num(TOP + index % 7 * PITCH);
            body.rect(cell.title(), "hm-" + cell.level(), x, y, SIZE, SIZE, "rx", "2", "data-date", day.toString());
        }
        body.close("g");
    }

    /** A month's name over the first week that starts in it, unless it would crowd the previous name. */
    private static void monthLabels(Svg body, LocalDate first) {
        int lastLabelled = -3;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate start = first.plusWeeks(week);
            boolean newMonth =
                    week == 0 || start.getMonth() != start.minusWeeks(1).getMonth();
            boolean roomy = week > 0 || start.plusWeeks(3).getMonth() == start.getMonth();
            if (newMonth && roomy && week - lastLabelled >= 3) {
                body.text(MONTH.format(start), "x", Svg.num(LEFT + week * PITCH), "y", "12");
                lastLabelled = week;
            }
        }
    }

    private void weekdayLabels(Svg body, LocalDate first) {
        for (int row = 0; row < 7; row++) {
            DayOfWeek day = first.plusDays(row).getDayOfWeek();
            if (LABELLED_DAYS.contains(day)) {
                String name = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                body.text(name, "x", Svg.num(LEFT - 6), "y", Svg.num(TOP + row * PITCH + 9), "text-anchor", "end");
            }
        }
    }
}
