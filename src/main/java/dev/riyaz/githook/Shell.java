package dev.riyaz.githook;

/** Puts text into a POSIX shell script as data, never as code. */
final class Shell {

    private Shell() {}

    /**
     * The text in single quotes, the one shell quoting in which nothing is special: {@code $}, backquotes, {@code \}
     * and line breaks stay as they are. A single quote itself ends the quotes, adds an escaped quote and starts again.
     */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
