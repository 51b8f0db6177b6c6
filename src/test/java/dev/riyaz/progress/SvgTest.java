package dev.riyaz.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Svg.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }

    @Test
    void dropsCharactersXmlForbidsButKeepsEmojiAndLineBreaks() {
        assertThat(Svg.escape("a\u0000b\u0007c\nd\t🎸")).isEqualTo("abc\nd\t🎸");
        assertThat(Svg.escape("broken \uD800 half")).isEqualTo("broken \uFFFD half");
        assertThat(Svg.escape(null)).isEmpty();
    }

    @Test
    void escapedTextSurvivesAnXmlParser() {
        String nasty = "]]> <!-- \u0001 & \"'<svg onload=alert(1)>";
        String markup = new Svg().text(nasty, "data-x", nasty).toString();

        SvgDoc doc = SvgDoc.parse(markup.replace("<text", "<text xmlns=\"" + SvgDoc.SVG_NS + "\""));

        assertThat(doc.root().getTextContent()).isEqualTo(nasty.replace("\u0001", ""));
        assertThat(doc.root().getAttribute("data-x")).isEqualTo(nasty.replace("\u0001", ""));
    }

    @Test
    void writesNumbersWithoutFloatNoise() {
        assertThat(Svg.num(12.0)).isEqualTo("12");
        assertThat(Svg.num(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Svg.num(1.0 / 3)).isEqualTo("0.33");
        assertThat(Svg.num(Double.NaN)).isEqualTo("0");
        assertThat(Svg.pct(12.5)).isEqualTo("12.5%");
    }
}
