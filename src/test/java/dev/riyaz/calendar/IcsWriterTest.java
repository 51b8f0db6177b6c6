package dev.riyaz.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Content lines: escaping of TEXT and folding at 75 octets without splitting a character. */
class IcsWriterTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(IcsWriter.escape("a\\b;c,d\ne\r\nf\rg\th")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\th");
        assertThat(IcsWriter.escape("bell\u0007 and delete\u007f gone")).isEqualTo("bell and delete gone");
    }

    @Test
    void longLinesFoldAt75OctetsAndNeverInsideACharacter() {
        String value = "é🐍".repeat(40) + "x".repeat(100);
        String folded = IcsWriter.fold("DESCRIPTION:" + value);

        String[] lines = folded.split("\r\n");
        assertThat(lines.length).isGreaterThan(4);
        assertThat(Arrays.asList(lines)).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .as("no half of a character")
                    .isEqualTo(line);
        });
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(72);
        assertThat(Arrays.stream(lines).skip(1)).allMatch(line -> line.startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + value);
    }

    @Test
    void shortLinesStayWhole() {
        String line = "SUMMARY:" + "x".repeat(67);
        assertThat(IcsWriter.fold(line)).isEqualTo(line);
        assertThat(IcsWriter.fold(line + "y")).isEqualTo(line + "\r\n y");
    }
}
