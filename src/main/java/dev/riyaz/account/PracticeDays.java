package dev.riyaz.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one rule for which day practice belongs to: the local date in the person's zone, after their day-start hour. */
public final class PracticeDays {

    private PracticeDays() {}

    /**
     * The day an instant belongs to. The day-start hour is read on the wall clock, so a day still starts at 04:00 on
     * the 23-hour and 25-hour days of a daylight-saving change (subtracting hours on the instant's time line would
     * move that boundary by the hour the clocks jumped).
     */
    public static LocalDate of(Instant instant, ZoneId zone, int dayStartHour) {
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }
}
