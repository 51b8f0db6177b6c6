package dev.riyaz.reminder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.riyaz.common.ApiException;

/**
 * Where a reminder, the digest or the weekly review goes: a non-empty subset of {@code ["mail", "push"]}, kept in a
 * column as {@code mail}, {@code push} or {@code mail,push} (always in that order).
 */
final class Channels {

    static final String MAIL = "mail";
    static final String PUSH = "push";

    /** The channels in their order; at most this many may be named. */
    private static final List<String> ALL = List.of(MAIL, PUSH);

    /** What a reminder gets when none are named. */
    static final String DEFAULT = MAIL;

    private Channels() {}

    /**
     * The column value for channels a client sent; {@code DEFAULT} when left out. A 422 naming {@code field} when the
     * list is empty, longer than two, names something else or names a channel twice.
     */
    static String parse(String field, List<String> given) {
        if (given == null) {
            return DEFAULT;
        }
        if (given.isEmpty()) {
            throw ApiException.invalid(field, "Choose at least one channel: \"mail\", \"push\" or both.");
        }
        if (given.size() > ALL.size()) {
            throw ApiException.invalid(field, "Name at most two channels: \"mail\" and \"push\".");
        }
        List<String> chosen = new ArrayList<>();
        for (String channel : given) {
            if (channel == null || !ALL.contains(channel)) {
                throw ApiException.invalid(field, "Use \"mail\" or \"push\" as a channel.");
            }
            if (chosen.contains(channel)) {
                throw ApiException.invalid(field, "Name each channel once.");
            }
            chosen.add(channel);
        }
        return String.join(",", ALL.stream().filter(chosen::contains).toList());
    }

    /** The channels of a column value, for answers. */
    static List<String> of(String stored) {
        return stored == null || stored.isBlank() ? List.of(DEFAULT) : Arrays.asList(stored.split(","));
    }

    static boolean has(String stored, String channel) {
        return of(stored).contains(channel);
    }
}
