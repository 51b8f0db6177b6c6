package dev.riyaz.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one rule for which day practice belongs to: the local date in the person's zone, after their day-start hour. */
public final class PracticeDays {

    private PracticeDays() {}

    public static LocalDate of(Instant instant, ZoneId zone, int dayStartHour) {
        return instant.atZone(zone).minusHours(dayStartHour).toLocalDate();
    }
}
