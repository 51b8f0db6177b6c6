package dev.riyaz.reminder;

/** Subject lines that are safe to put in a mail header whatever a goal's title holds. */
final class Subjects {

    private static final int MAX = 150;

    private Subjects() {}

    /**
     * One line: line breaks and other control characters become spaces (no header injection), runs of space shrink
     * to one, and it is cut at a word near 150 characters. Letters beyond ASCII stay; the mailer encodes them.
     */
    static String clean(String subject) {
        String line = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (line.length() <= MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX - 1);
        return line.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "…";
    }
}
