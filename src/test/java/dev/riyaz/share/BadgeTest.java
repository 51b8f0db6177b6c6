package dev.riyaz.share;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/** The badge's geometry and text, without a server: each half is as wide as its text, long titles are shortened. */
class BadgeTest {

    @Test
    void eachTextFitsInsideItsHalfAndLongerTextsMakeWiderBadges() {
        int narrow = width(Badge.svg("C", "1-day streak"));
        int wide = width(Badge.svg("Data structures & algorithms", "120-day streak"));
        assertThat(wide).isGreaterThan(narrow + 100);
        for (String svg : new String[] {
            Badge.svg("C", "1-day streak"),
            Badge.svg("WWWWWWWWWWWWWWWWWWWW", "12-week streak"),
            Badge.svg("पाइथन 学习 🐍", "3-month streak")
        }) {
            Element root = SvgXml.parse(svg);
            NodeList rects = root.getElementsByTagNameNS("*", "rect");
            NodeList texts = root.getElementsByTagNameNS("*", "text");
            Element left = (Element) rects.item(1);
            int leftEnd = number(left, "width");
            assertThat(end((Element) texts.item(0))).isLessThanOrEqualTo(leftEnd - Badge.PADDING);
            assertThat(end((Element) texts.item(1))).isLessThanOrEqualTo(width(svg) - Badge.PADDING);
        }
    }

    @Test
    void longTitlesAreShortenedWithoutBreakingAnEmoji() {
        assertThat(Badge.shorten("a".repeat(40))).isEqualTo("a".repeat(40));
        assertThat(Badge.shorten("a".repeat(41))).isEqualTo("a".repeat(39) + "…");
        String emojis = "🐍".repeat(45);
        assertThat(Badge.shorten(emojis)).isEqualTo("🐍".repeat(39) + "…");
    }

    @Test
    void controlCharactersAndMarkupNeverBreakTheXml() {
        String svg = Badge.svg("a\u0000b\u0007<c>\"d\"&'e'\uD800", "1-day streak");
        assertThat(SvgXml.title(svg)).isEqualTo("ab<c>\"d\"&'e'\uFFFD · 1-day streak");
    }

    private static int width(String svg) {
        return number(SvgXml.parse(svg), "width");
    }

    private static int end(Element text) {
        return number(text, "x") + number(text, "textLength");
    }

    private static int number(Element element, String attribute) {
        return Integer.parseInt(element.getAttribute(attribute));
    }
}
