package dev.riyaz.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tiny SVG writer. Every text and attribute value goes through {@link #escape}, so titles and labels typed by a
 * person can never become markup when a page inserts the picture raw. Only {@link #escape} is open to other features
 * (the share badge), so that XML is escaped in one place.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    Svg() {}

    /** {@code <name a="v" .../>}; attributes come as name, value pairs. */
    Svg empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** {@code <name a="v" ...>}, to be closed with {@link #close}. */
    Svg open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name a="v" ...><title>tooltip</title></name>}: a shape with its own tooltip. */
    Svg titled(String name, String tooltip, String... attributes) {
        return open(name, attributes).title(tooltip).close(name);
    }

    /** A rectangle; with a tooltip unless {@code tooltip} is null. More attributes may follow as name, value pairs. */
    Svg rect(String tooltip, String cssClass, String x, String y, String width, String height, String... more) {
        String[] attributes = new String[10 + more.length];
        String[] place = {"class", cssClass, "x", x, "y", y, "width", width, "height", height};
        System.arraycopy(place, 0, attributes, 0, place.length);
        System.arraycopy(more, 0, attributes, place.length, more.length);
        return tooltip == null ? empty("rect", attributes) : titled("rect", tooltip, attributes);
    }

    Svg title(String text) {
        out.append("<title>").append(escape(text)).append("</title>");
        return this;
    }

    Svg text(String text, String... attributes) {
        open("text", attributes);
        out.append(escape(text));
        return close("text");
    }

    private void start(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * The whole picture: a root {@code <svg role="img">} named by its own {@code <title>} and {@code <desc>}. The
     * ids derive from the content, so they are stable between renders and differ between pictures on one page.
     */
    static String picture(String kind, String title, String description, Svg body, String... rootAttributes) {
        String content = body.toString();
        String id = kind + "-" + Integer.toHexString((kind + title + description + content).hashCode());
        Svg root = new Svg();
        root.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", kind);
        root.attributes(rootAttributes);
        root.attributes("direction", "ltr", "role", "img", "aria-labelledby", id + "-title " + id + "-desc");
        root.out.append('>');
        root.open("title", "id", id + "-title").out.append(escape(title));
        root.close("title").open("desc", "id", id + "-desc").out.append(escape(description));
        root.close("desc").out.append(content);
        return root.close("svg").toString();
    }

    /**
     * Text made safe for XML content and attribute values: the five special characters become entities and
     * characters XML forbids (control characters, broken surrogates) are dropped or replaced.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> safe.append("&amp;");
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> appendAllowed(safe, text, i, c);
            }
        }
        return safe.toString();
    }

    private static void appendAllowed(StringBuilder safe, String text, int i, char c) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            safe.append(c);
        } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            safe.append(c);
        } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            safe.append('\uFFFD');
        } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            safe.append(c);
        }
    }

    /** A coordinate or amount without float noise: 12, 12.5, 0.33. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String pct(double value) {
        return num(value) + "%";
    }
}
