package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    private static final LocalDate TUE_14_OCT_2025 = LocalDate.of(2025, 10, 14);

    @Test
    void barChartIsAnImageNamedByItsTitleAndDescription() {
        SvgDoc svg = SvgDoc.parse(Charts.bar("Minutes per week", "Last 12 weeks: 6 h", weeks(12), "min"));

        Element root = svg.root();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        String[] ids = root.getAttribute("aria-labelledby").split(" ");
        assertThat(svg.byId(ids[0])).isEqualTo("Minutes per week");
        assertThat(svg.byId(ids[1])).isEqualTo("Last 12 weeks: 6 h");
    }

    @Test
    void drawsOneBarWithATooltipPerValue() {
        SvgDoc svg = SvgDoc.parse(Charts.bar("t", "d", weeks(12), "min"));

        List<Element> bars = svg.withClass("g", "chart-bar");
        assertThat(bars).hasSize(12);
        assertThat(SvgDoc.titleOf(bars.get(11))).isEqualTo("w11: 110 min");
        assertThat(svg.withClass("rect", "chart-fill")).hasSize(12);
    }

    @Test
    void yAxisHasRoundNumbersWithTheUnitOnTop() {
        SvgDoc svg = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("a", 240), bar("b", 150)), "min"));

        assertThat(yLabels(svg)).containsExactly("0", "100", "200", "300 min");
        assertThat(svg.withClass("line", "chart-axis")).hasSize(1);
        assertThat(svg.withClass("line", "chart-grid")).hasSize(3);
        Element half = svg.withClass("rect", "chart-fill").get(1);
        assertThat(half.getAttribute("height")).isEqualTo("80");
    }

    @Test
    void smallCountsGetWholeNumberTicks() {
        SvgDoc svg = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("Mon", 3), bar("Tue", 1)), "days"));

        assertThat(yLabels(svg)).containsExactly("0", "1", "2", "3 days");
    }

    @Test
    void aTopTickOfOneReadsInTheSingular() {
        SvgDoc days = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("Mon", 1), bar("Tue", 0)), "days"));
        SvgDoc minutes = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("Mon", 1)), "minutes"));

        assertThat(yLabels(days)).last().isEqualTo("1 day");
        assertThat(yLabels(minutes)).last().isEqualTo("1 minute");
    }

    @Test
    void decimalAmountsGetRoundTicks() {
        SvgDoc hours = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("a", 9), bar("b", 0.5)), "h"));
        SvgDoc pages = SvgDoc.parse(Charts.bar("t", "d", List.of(bar("a", 0.8), bar("b", 0.1)), "pages"));

        assertThat(yLabels(hours)).containsExactly("0", "2.5", "5", "7.5", "10 h");
        assertThat(yLabels(pages)).containsExactly("0", "0.2", "0.4", "0.6", "0.8 pages");
    }

    @Test
    void zeroAndBrokenValuesDrawEmptyBars() {
        SvgDoc svg =
                SvgDoc.parse(Charts.bar("t", "d", List.of(bar("a", 0), bar("b", Double.NaN), bar("c", -3)), "min"));

        assertThat(svg.withClass("rect", "chart-fill"))
                .extracting(r -> r.getAttribute("height"))
                .containsOnly("0");
        assertThat(yLabels(svg)).containsExactly("0", "1", "2", "3", "4 min");
    }

    @Test
    void labelsEveryBarWhenThereIsRoom() {
        List<Charts.Bar> weekdays =
                IntStream.range(0, 7).mapToObj(i -> bar("Mon", i)).toList();

        SvgDoc svg = SvgDoc.parse(Charts.bar("t", "d", weekdays, "days"));

        assertThat(svg.withClass("g", "chart-x")
                        .get(0)
                        .getElementsByTagNameNS(SvgDoc.SVG_NS, "text")
                        .getLength())
                .isEqualTo(7);
        assertThat(svg.withClass("text", "chart-x-extra")).isEmpty();
    }

    @Test
    void thinsCrowdedLabelsAndAlwaysLabelsTheNewest() {
        List<Charts.Bar> weeks =
                IntStream.range(0, 12).mapToObj(i -> bar("18 Aug " + i, i)).toList();

        SvgDoc svg = SvgDoc.parse(Charts.bar("t", "d", weeks, "min"));

        List<String> labels = xLabels(svg);
        assertThat(labels).hasSizeLessThan(12).contains("18 Aug 11");
        assertThat(svg.withClass("text", "chart-x-extra")).isNotEmpty().hasSizeLessThan(labels.size());
    }

    @Test
    void escapesTitlesAndLabels() {
        String nasty = "<script>alert(1)</script> & \"x\"";
        String markup = Charts.bar(nasty, nasty, List.of(new Charts.Bar(nasty, 1, nasty)), nasty);

        SvgDoc svg = SvgDoc.parse(markup);

        assertThat(markup).doesNotContain("<script");
        assertThat(svg.all("script")).isEmpty();
        assertThat(SvgDoc.titleOf(svg.withClass("g", "chart-bar").get(0))).isEqualTo(nasty + ": " + nasty);
        assertThat(svg.texts("text")).contains(nasty, "1 " + nasty);
    }

    @Test
    void noBarsGiveAPlainSentence() {
        SvgDoc svg = SvgDoc.parse(Charts.bar("Minutes per week", "No practice yet", List.of(), "min"));

        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.withClass("g", "chart-bar")).isEmpty();
        assertThat(String.join(" ", svg.texts("text")))
                .isEqualTo("Nothing to show yet. Practice you log will appear here.");
    }

    @Test
    void lineChartDrawsAPointWithATooltipPerDayOnAPercentAxis() {
        SvgDoc svg = SvgDoc.parse(Charts.line("Strength score", "Score now 72%", scores(30)));

        List<Element> dots = svg.all("circle");
        assertThat(dots).hasSize(30);
        assertThat(svg.withClass("line", "chart-line")).hasSize(29);
        assertThat(SvgDoc.titleOf(dots.get(29))).isEqualTo("Tue 14 Oct: 72%");
        assertThat(yLabels(svg)).containsExactly("0%", "25%", "50%", "75%", "100%");
        assertThat(dots.get(29).getAttribute("cx")).isEqualTo("98%");
        assertThat(dots.get(29).getAttribute("cy")).isEqualTo(Svg.num(ChartFrame.y(0.72, 1)));
    }

    @Test
    void lineChartSortsPointsAndClampsValues() {
        List<Charts.Point> points =
                List.of(new Charts.Point(TUE_14_OCT_2025, 1.7), new Charts.Point(TUE_14_OCT_2025.minusDays(10), -1));

        SvgDoc svg = SvgDoc.parse(Charts.line("t", "d", points));

        assertThat(svg.all("circle")).extracting(SvgDoc::titleOf).containsExactly("Sat 4 Oct: 0%", "Tue 14 Oct: 100%");
        assertThat(xLabels(svg)).startsWith("4 Oct").endsWith("14 Oct");
    }

    @Test
    void dotsThatWouldTouchKeepTheirTooltipsButHide() {
        assertThat(dotClasses(scores(20))).containsOnly("chart-dot");
        assertThat(dotClasses(scores(60))).containsOnly("chart-dot chart-dot-wide");
        assertThat(dotClasses(scores(61))).containsOnly("chart-dot chart-dot-quiet");
        assertThat(SvgDoc.parse(Charts.line("t", "d", scores(61))).all("title")).hasSize(1 + 61);
    }

    @Test
    void aLineOfOneDayIsADotInTheMiddle() {
        SvgDoc svg = SvgDoc.parse(Charts.line("t", "d", List.of(new Charts.Point(TUE_14_OCT_2025, 0.5))));

        assertThat(svg.all("circle")).hasSize(1);
        assertThat(svg.withClass("line", "chart-line")).isEmpty();
        assertThat(xLabels(svg)).containsExactly("14 Oct");
    }

    @Test
    void aLongLineIsLabelledByMonthAndYear() {
        SvgDoc svg = SvgDoc.parse(Charts.line("t", "d", scores(365)));

        assertThat(xLabels(svg)).hasSize(5).startsWith("Oct 2024").endsWith("Oct 2025");
    }

    @Test
    void noPointsGiveAPlainSentence() {
        SvgDoc svg = SvgDoc.parse(Charts.line("Strength score", "No score yet", List.of()));

        assertThat(svg.all("circle")).isEmpty();
        assertThat(svg.texts("text")).first().isEqualTo("Nothing to show yet.");
    }

    private static Charts.Bar bar(String label, double value) {
        return new Charts.Bar(label, value, "");
    }

    private static List<Charts.Bar> weeks(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Charts.Bar("w" + i, i * 10, i * 10 + " min"))
                .toList();
    }

    private static List<Charts.Point> scores(int days) {
        List<Charts.Point> points = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            points.add(new Charts.Point(TUE_14_OCT_2025.minusDays(i), i == 0 ? 0.72 : 0.5));
        }
        return points;
    }

    private static List<String> dotClasses(List<Charts.Point> points) {
        return SvgDoc.parse(Charts.line("t", "d", points)).all("circle").stream()
                .map(dot -> dot.getAttribute("class"))
                .toList();
    }

    private static List<String> yLabels(SvgDoc svg) {
        return texts(svg.withClass("g", "chart-y").get(0));
    }

    private static List<String> xLabels(SvgDoc svg) {
        return texts(svg.withClass("g", "chart-x").get(0));
    }

    private static List<String> texts(Element group) {
        var nodes = group.getElementsByTagNameNS(SvgDoc.SVG_NS, "text");
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }
}
