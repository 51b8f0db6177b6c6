package dev.riyaz.share;

import dev.riyaz.progress.Svg;

/**
 * A small shields-style SVG badge: the goal on grey, the streak on the accent colour, e.g. "Python | 12-day streak".
 * Each half is as wide as its text needs; {@code textLength} makes the text fill exactly that width in any font, so
 * nothing is clipped. Colours are attributes, not CSS, so the badge looks the same in a README, a page and alone, and
 * the white text meets WCAG AA on both halves (7.5:1 and 7.1:1).
 */
final class Badge {

    static final int HEIGHT = 20;
    static final int PADDING = 6;
    static final int MAX_LABEL = 40;

    private static final String LABEL_COLOR = "#555555";
    private static final String MESSAGE_COLOR = "#2a6555";
    private static final String FONT = "Verdana,Geneva,DejaVu Sans,sans-serif";

    private Badge() {}

    /** The badge markup; {@code label} and {@code message} may hold any text, they are escaped here. */
    static String svg(String label, String message) {
        String left = shorten(label);
        int leftText = textWidth(left);
        int rightText = textWidth(message);
        int leftWidth = leftText + 2 * PADDING;
        int width = leftWidth + rightText + 2 * PADDING;
        String name = Svg.escape(left + " · " + message);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + HEIGHT
                + "\" viewBox=\"0 0 " + width + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + name + "\">"
                + "<title>" + name + "</title>"
                + "<clipPath id=\"round\"><rect width=\"" + width + "\" height=\"" + HEIGHT + "\" rx=\"3\"/></clipPath>"
                + "<g clip-path=\"url(#round)\">"
                + "<rect width=\"" + leftWidth + "\" height=\"" + HEIGHT + "\" fill=\"" + LABEL_COLOR + "\"/>"
                + "<rect x=\"" + leftWidth + "\" width=\"" + (width - leftWidth) + "\" height=\"" + HEIGHT
                + "\" fill=\"" + MESSAGE_COLOR + "\"/></g>"
                + "<g fill=\"#ffffff\" font-family=\"" + FONT + "\" font-size=\"11\" aria-hidden=\"true\">"
                + text(left, PADDING, leftText)
                + text(message, leftWidth + PADDING, rightText)
                + "</g></svg>";
    }

    private static String text(String text, int x, int width) {
        return "<text x=\"" + x + "\" y=\"14\" textLength=\"" + width + "\" lengthAdjust=\"spacingAndGlyphs\">"
                + Svg.escape(text) + "</text>";
    }

    /** At most {@link #MAX_LABEL} characters (not cutting an emoji in half), with "…" when shortened. */
    static String shorten(String label) {
        String text = label == null ? "" : label.strip();
        if (text.codePointCount(0, text.length()) <= MAX_LABEL) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
    }

    /** About how wide the text is in 11 px Verdana, the font GitHub badges use; generous rather than tight. */
    static int textWidth(String text) {
        double width = 0;
        for (int cp : text.codePoints().toArray()) {
            width += charWidth(cp);
        }
        return (int) Math.ceil(width);
    }

    private static double charWidth(int cp) {
        if (cp > 0x2000) {
            return 11.5; // ·, …, other scripts, emoji: wide enough for all of them
        }
        if (" ijl.,:;!|'`".indexOf(cp) >= 0) {
            return 3.9;
        }
        if ("frtI()[]{}-/\\\"".indexOf(cp) >= 0) {
            return 4.9;
        }
        if ("mwMW@%&".indexOf(cp) >= 0) {
            return 10.9;
        }
        if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
            return 7.7;
        }
        return cp < 0x80 ? 7.0 : 8.5;
    }
}
