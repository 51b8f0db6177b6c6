package dev.riyaz.common;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** Weekdays as the API writes them: {@code MON} .. {@code SUN}. */
public final class Weekdays {

    /** Where a week may start: Monday (the default), Saturday or Sunday. */
    public static final List<String> FIRST_DAY_CHOICES = List.of("MON", "SAT", "SUN");

    private Weekdays() {}

    /** The weekday for {@code MON} .. {@code SUN} (or a full name); null for anything else. */
    public static DayOfWeek parse(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().startsWith(upper) && upper.length() == 3) {
                return day;
            }
        }
        return null;
    }

    public static String format(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
