package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Weekdays;

/** Reading and writing the times and weekdays of reminders as the API spells them. */
public final class Times {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private Times() {}

    /** {@code HH:MM}, 24 hours; a 422 naming the field otherwise. */
    public static LocalTime parse(String field, String value) {
        if (value == null || !HH_MM.matcher(value.trim()).matches()) {
            throw ApiException.invalid(field, "Use a time of day as HH:MM on a 24-hour clock, like 08:30 or 19:00.");
        }
        return LocalTime.parse(value.trim());
    }

    public static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** {@code MON} .. {@code SUN}, at least one; every day when null. */
    public static Set<DayOfWeek> days(String field, List<String> names) {
        if (names == null) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            DayOfWeek day = name == null || name.trim().length() != 3 ? null : Weekdays.parse(name);
            if (day == null) {
                throw ApiException.invalid(field, "Use weekdays MON, TUE, WED, THU, FRI, SAT and SUN.");
            }
            days.add(day);
        }
        if (days.isEmpty()) {
            throw ApiException.invalid(field, "Pick at least one day.");
        }
        return days;
    }
}
