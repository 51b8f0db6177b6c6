package dev.riyaz.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Tags on goals and resources: up to 10 short lower-case words, stored comma-separated. */
public final class Tags {

    public static final int MAX = 10;

    /** The longest tag. */
    public static final int MAX_LENGTH = 30;

    private Tags() {}

    /**
     * The tags in their stored form, duplicates dropped; a problem is reported once through {@code error} in words
     * a person can act on.
     */
    public static String store(List<String> tags, Consumer<String> error) {
        Set<String> clean = new LinkedHashSet<>();
        if (tags == null) {
            return "";
        }
        if (tags.size() > MAX) {
            error.accept("Use at most " + MAX + " tags.");
        }
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()
                    || t.length() > MAX_LENGTH
                    || t.contains(",")
                    || t.chars().anyMatch(Character::isISOControl)) {
                error.accept("Each tag needs 1 to " + MAX_LENGTH + " characters and no commas.");
                break;
            }
            clean.add(t);
        }
        return String.join(",", clean);
    }

    /** The stored tags as a list. */
    public static List<String> list(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    /** Tags as typed in a form field: {@code "python, basics"}. */
    public static List<String> typed(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }
}
