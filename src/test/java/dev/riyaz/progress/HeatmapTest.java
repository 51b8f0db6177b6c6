package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapTest {

    private static final LocalDate TUE_14_OCT_2025 = LocalDate.of(2025, 10, 14);
    private static final List<HeatKey> LEGEND = List.of(
            new HeatKey(0, "none"),
            new HeatKey(1, "5–15"),
            new HeatKey(2, "20–30"),
            new HeatKey(3, "35–45"),
            new HeatKey(4, "50–90 min"));

    @Test
    void isAnImageNamedByItsOwnTitleAndDescription() {
        SvgDoc svg = render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of());

        Element root = svg.root();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 794 155");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        String[] ids = root.getAttribute("aria-labelledby").split(" ");
        assertThat(ids).hasSize(2);
        assertThat(svg.byId(ids[0])).isEqualTo("Practice in the last year");
        assertThat(svg.byId(ids[1])).isEqualTo("Practice in the last year: 212 days, longest run 31 days");
    }

    @Test
    void showsFiftyThreeFullWeeksWhenTheLastDayEndsAWeek() {
        LocalDate sunday = LocalDate.of(2025, 10, 19);

        List<Element> days = days(render(sunday, DayOfWeek.MONDAY, Map.of()));

        assertThat(days).hasSize(371);
        assertThat(days.get(0).getAttribute("data-date")).isEqualTo("2024-10-14");
        assertThat(days.get(370).getAttribute("data-date")).isEqualTo("2025-10-19");
    }

    @Test
    void endsOnTheLastDayInAPartialWeek() {
        List<Element> days = days(render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of()));

        assertThat(days).hasSize(52 * 7 + 2);
        assertThat(days.get(0).getAttribute("data-date")).isEqualTo("2024-10-14");
        assertThat(last(days).getAttribute("data-date")).isEqualTo("2025-10-14");
        assertThat(last(days).getAttribute("x")).isEqualTo(String.valueOf(Heatmap.LEFT + 52 * Heatmap.PITCH));
        assertThat(last(days).getAttribute("y")).isEqualTo(String.valueOf(Heatmap.TOP + Heatmap.PITCH));
    }

    @Test
    void weeksCanStartOnSunday() {
        SvgDoc svg = render(TUE_14_OCT_2025, DayOfWeek.SUNDAY, Map.of());
        List<Element> days = days(svg);

        assertThat(days).hasSize(52 * 7 + 3);
        assertThat(LocalDate.parse(days.get(0).getAttribute("data-date")).getDayOfWeek())
                .isEqualTo(DayOfWeek.SUNDAY);
        assertThat(last(days).getAttribute("y")).isEqualTo(String.valueOf(Heatmap.TOP + 2 * Heatmap.PITCH));
        assertThat(weekdayLabelRows(svg)).containsExactly("Mon@1", "Wed@3", "Fri@5");
    }

    @Test
    void weeksStartingOnMondayLabelTheFirstRow() {
        assertThat(weekdayLabelRows(render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of())))
                .containsExactly("Mon@0", "Wed@2", "Fri@4");
    }

    @Test
    void dayCellsCarryTheirLevelAndTitle() {
        Map<LocalDate, HeatCell> cells = Map.of(TUE_14_OCT_2025, new HeatCell(3, "Tue 14 Oct: 45 min"));

        Element cell = day(render(TUE_14_OCT_2025, DayOfWeek.MONDAY, cells), "2025-10-14");

        assertThat(cell.getAttribute("class")).isEqualTo("hm-3");
        assertThat(SvgDoc.titleOf(cell)).isEqualTo("Tue 14 Oct: 45 min");
    }

    @Test
    void daysWithoutPracticeAreLevelZeroAndSaySo() {
        Element cell = day(render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of()), "2025-10-13");

        assertThat(cell.getAttribute("class")).isEqualTo("hm-0");
        assertThat(SvgDoc.titleOf(cell)).isEqualTo("Mon 13 Oct: no practice");
    }

    @Test
    void callersCanWordDaysWithoutPractice() {
        String markup = Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, LEGEND)
                .withEmptyTitle(day -> Heatmap.dayName(day) + ": day off or not yet")
                .render("t", "d");

        assertThat(SvgDoc.titleOf(day(SvgDoc.parse(markup), "2025-10-12"))).isEqualTo("Sun 12 Oct: day off or not yet");
    }

    @Test
    void escapesEveryTextItPutsIn() {
        String nasty = "<script>alert('x')</script> & \"quoted\"";
        Map<LocalDate, HeatCell> cells = Map.of(TUE_14_OCT_2025, new HeatCell(1, nasty));
        String markup = Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, List.of(new HeatKey(1, nasty)))
                .withCells(cells)
                .render(nasty, nasty);

        SvgDoc svg = SvgDoc.parse(markup);

        assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;").contains("&amp; &quot;quoted&quot;");
        assertThat(svg.all("script")).isEmpty();
        assertThat(SvgDoc.titleOf(day(svg, "2025-10-14"))).isEqualTo(nasty);
        assertThat(svg.texts("title").get(0)).isEqualTo(nasty);
        assertThat(svg.texts("desc")).containsExactly(nasty);
        assertThat(svg.texts("text")).contains(nasty);
    }

    @Test
    void namesEachMonthOnceOverTheWeekItStarts() {
        SvgDoc svg = render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of());

        assertThat(monthLabels(svg))
                .containsExactly("Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct");
        Element november = svg.all("text").stream()
                .filter(t -> t.getTextContent().equals("Nov"))
                .findFirst()
                .orElseThrow();
        int firstMondayOfNovember = 3;
        assertThat(november.getAttribute("x")).isEqualTo(String.valueOf(Heatmap.LEFT + firstMondayOfNovember * 14));
    }

    @Test
    void namesTheFirstMonthWhenItHasRoomForIt() {
        LocalDate lastDay = LocalDate.of(2025, 9, 1);

        assertThat(monthLabels(render(lastDay, DayOfWeek.MONDAY, Map.of())).get(0))
                .isEqualTo("Sep");
    }

    @Test
    void showsTheLeapDay() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        Map<LocalDate, HeatCell> cells = Map.of(leapDay, new HeatCell(4, "Thu 29 Feb: 90 min"));

        SvgDoc svg = render(LocalDate.of(2024, 12, 31), DayOfWeek.MONDAY, cells);

        assertThat(days(svg)).hasSize(52 * 7 + 2);
        assertThat(SvgDoc.titleOf(day(svg, "2024-02-29"))).isEqualTo("Thu 29 Feb: 90 min");
        assertThat(day(svg, "2024-03-01").getAttribute("y")).isEqualTo(String.valueOf(Heatmap.TOP + 4 * 14));
    }

    @Test
    void legendGoesFromLessToMoreWithWordsForEachLevel() {
        SvgDoc svg = render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of());

        List<Element> legend = svg.withClass("g", "hm-legend");
        assertThat(legend).hasSize(1);
        List<String> texts = svg.texts("text");
        assertThat(texts.subList(texts.size() - 7, texts.size()))
                .containsExactly("Less", "none", "5–15", "20–30", "35–45", "50–90 min", "More");
        assertThat(legend.get(0).getElementsByTagNameNS(SvgDoc.SVG_NS, "rect").getLength())
                .isEqualTo(5);
    }

    @Test
    void theLastMonthNameFitsRightOfTheGrid() {
        // 1 Dec 2025 is a Monday: "Dec" starts over the last week, the one most likely to be cut.
        LocalDate lastDay = LocalDate.of(2025, 12, 7);
        SvgDoc svg = render(lastDay, DayOfWeek.MONDAY, Map.of());

        assertThat(monthLabels(svg)).last().isEqualTo("Dec");
        List<Element> decembers = svg.all("text").stream()
                .filter(t -> t.getTextContent().equals("Dec"))
                .toList();
        Element december = decembers.get(decembers.size() - 1);
        double end = Double.parseDouble(december.getAttribute("x")) + HeatmapLegend.width("Dec");
        assertThat(december.getAttribute("x")).isEqualTo(String.valueOf(Heatmap.LEFT + 52 * Heatmap.PITCH));
        assertThat(end).isLessThanOrEqualTo(Heatmap.WIDTH);
    }

    @Test
    void aLegendTooWideForAPhoneTakesMoreLinesEachNarrowEnough() {
        SvgDoc svg = render(TUE_14_OCT_2025, DayOfWeek.MONDAY, Map.of());

        Element legend = svg.withClass("g", "hm-legend").get(0);
        List<String> baselines = svg.all("text").stream()
                .filter(t -> t.getParentNode() == legend)
                .map(t -> t.getAttribute("y"))
                .distinct()
                .toList();
        assertThat(baselines).hasSize(2);
        assertThat(HeatmapLegend.width(LEGEND.subList(0, 3), true, false)).isLessThanOrEqualTo(HeatmapLegend.MAX_ROW);
        assertThat(HeatmapLegend.width(LEGEND.subList(3, 5), false, true)).isLessThanOrEqualTo(HeatmapLegend.MAX_ROW);
        for (Element text : svg.all("text")) {
            if (text.getParentNode() == legend && !text.getTextContent().equals("More")) {
                assertThat(Double.parseDouble(text.getAttribute("x")))
                        .isGreaterThan(Heatmap.WIDTH - HeatmapLegend.MAX_ROW);
            }
        }

        List<HeatKey> narrow = List.of(new HeatKey(0, "none"), new HeatKey(4, "30 min"));
        SvgDoc small = SvgDoc.parse(
                Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, narrow).render("t", "d"));
        assertThat(small.root().getAttribute("viewBox")).isEqualTo("0 0 794 139");
    }

    @Test
    void picturesOnOnePageGetDifferentIdsAndTheSameInputTheSameIds() {
        String one = Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, LEGEND).render("Python", "d");
        String again = Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, LEGEND).render("Python", "d");
        String other = Heatmap.of(TUE_14_OCT_2025, DayOfWeek.MONDAY, LEGEND).render("SQL", "d");

        String id = SvgDoc.parse(one).root().getAttribute("aria-labelledby");
        assertThat(SvgDoc.parse(again).root().getAttribute("aria-labelledby")).isEqualTo(id);
        assertThat(SvgDoc.parse(other).root().getAttribute("aria-labelledby")).isNotEqualTo(id);
    }

    private static SvgDoc render(LocalDate lastDay, DayOfWeek firstDay, Map<LocalDate, HeatCell> cells) {
        String markup = Heatmap.of(lastDay, firstDay, LEGEND)
                .withCells(cells)
                .render("Practice in the last year", "Practice in the last year: 212 days, longest run 31 days");
        return SvgDoc.parse(markup);
    }

    private static List<Element> days(SvgDoc svg) {
        return svg.all("rect").stream().filter(r -> r.hasAttribute("data-date")).toList();
    }

    private static Element day(SvgDoc svg, String date) {
        return days(svg).stream()
                .filter(r -> r.getAttribute("data-date").equals(date))
                .findFirst()
                .orElseThrow();
    }

    private static Element last(List<Element> days) {
        return days.get(days.size() - 1);
    }

    private static List<String> monthLabels(SvgDoc svg) {
        return svg.all("text").stream()
                .filter(t -> t.getAttribute("y").equals("12"))
                .map(Element::getTextContent)
                .toList();
    }

    /** "Mon@1": a weekday label and the grid row its baseline sits in. */
    private static List<String> weekdayLabelRows(SvgDoc svg) {
        return svg.all("text").stream()
                .filter(t -> t.getAttribute("text-anchor").equals("end")
                        && !t.getTextContent().equals("More"))
                .map(t -> t.getTextContent() + "@"
                        + (Integer.parseInt(t.getAttribute("y")) - Heatmap.TOP) / Heatmap.PITCH)
                .toList();
    }
}
