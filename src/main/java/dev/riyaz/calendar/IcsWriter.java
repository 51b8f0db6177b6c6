package dev.riyaz.calendar;

import java.time.DayOfWeek;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): CRLF line ends, lines folded at 75 octets without cutting a
 * UTF-8 character in two, and TEXT values escaped.
 */
final class IcsWriter {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder out = new StringBuilder();

    IcsWriter begin(String component) {
        return line("BEGIN", component);
    }

    IcsWriter end(String component) {
        return line("END", component);
    }

    /** A property whose value is already in its iCalendar form (a date, a rule, a number). */
    IcsWriter line(String name, String value) {
        out.append(fold(name + ":" + value)).append(CRLF);
        return this;
    }

    /** A property whose value is free text, escaped as TEXT. */
    IcsWriter text(String name, String value) {
        return line(name, escape(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * TEXT escaping: backslash, semicolon and comma get a backslash, line breaks become {@code \n}, other control
     * characters (which TEXT does not allow) are left out.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || c >= ' ' && c != '\u007f') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Splits a content line into lines of at most 75 octets; each continuation starts with one space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(line, i, i + chars);
            octets += size;
            i += chars;
        }
        return folded.toString();
    }

    /** A weekday as RRULEs write it: {@code MO}, {@code TU}, ... */
    static String weekday(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
