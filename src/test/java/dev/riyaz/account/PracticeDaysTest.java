package dev.riyaz.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which day an entry belongs to: the local date in the person's zone, after their day-start hour. */
class PracticeDaysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The day of a wall-clock time in a zone (for a repeated hour, its first occurrence). */
    private static LocalDate dayOf(String localTime, ZoneId zone, int dayStartHour) {
        Instant instant = LocalDateTime.parse(localTime).atZone(zone).toInstant();
        return PracticeDays.of(instant, zone, dayStartHour);
    }

    @Test
    void entryBeforeTheDayStartHourCountsForTheDayBefore() {
        assertThat(dayOf("2026-03-14T02:00", BERLIN, 4)).isEqualTo("2026-03-13");
        assertThat(dayOf("2026-03-14T03:59", BERLIN, 4)).isEqualTo("2026-03-13");
        assertThat(dayOf("2026-03-14T04:00", BERLIN, 4)).isEqualTo("2026-03-14");
        assertThat(dayOf("2026-03-14T02:00", BERLIN, 0)).isEqualTo("2026-03-14");
    }

    @Test
    void kolkataAtTwentyPastMidnightIsAlreadyTheNextDay() {
        Instant instant = Instant.parse("2026-03-13T18:50:00Z"); // 00:20 on the 14th at UTC+05:30

        assertThat(PracticeDays.of(instant, ZoneId.of("Asia/Kolkata"), 0)).isEqualTo("2026-03-14");
        assertThat(PracticeDays.of(instant, ZoneId.of("Asia/Kolkata"), 4)).isEqualTo("2026-03-13");
        assertThat(PracticeDays.of(instant, ZoneId.of("UTC"), 0)).isEqualTo("2026-03-13");
    }

    @Test
    void dayStillStartsAtFourOnTheShortDayOfSpringForward() {
        // New York: 8 March 2026 has 23 hours (02:00 becomes 03:00); Berlin: 29 March 2026.
        assertThat(dayOf("2026-03-08T03:30", NEW_YORK, 4)).isEqualTo("2026-03-07");
        assertThat(dayOf("2026-03-08T04:00", NEW_YORK, 4)).isEqualTo("2026-03-08");
        assertThat(dayOf("2026-03-09T03:59", NEW_YORK, 4)).isEqualTo("2026-03-08");
        assertThat(dayOf("2026-03-29T03:30", BERLIN, 4)).isEqualTo("2026-03-28");
        assertThat(dayOf("2026-03-29T04:00", BERLIN, 4)).isEqualTo("2026-03-29");
        assertThat(dayOf("2026-03-08T23:59", NEW_YORK, 0)).isEqualTo("2026-03-08");
    }

    @Test
    void dayStillStartsAtFourOnTheLongDayOfFallBack() {
        // New York: 1 November 2026 has 25 hours (02:00 becomes 01:00 again); Berlin: 25 October 2026.
        assertThat(dayOf("2026-11-01T03:30", NEW_YORK, 4)).isEqualTo("2026-10-31");
        assertThat(dayOf("2026-11-01T04:00", NEW_YORK, 4)).isEqualTo("2026-11-01");
        assertThat(dayOf("2026-10-25T03:59", BERLIN, 4)).isEqualTo("2026-10-24");
        assertThat(dayOf("2026-10-25T04:00", BERLIN, 4)).isEqualTo("2026-10-25");
    }

    @Test
    void bothPassesOfTheRepeatedHourBelongToTheSameDay() {
        Instant firstPass = Instant.parse("2026-11-01T05:30:00Z"); // 01:30 EDT
        Instant secondPass = Instant.parse("2026-11-01T06:30:00Z"); // 01:30 EST

        assertThat(PracticeDays.of(firstPass, NEW_YORK, 0)).isEqualTo("2026-11-01");
        assertThat(PracticeDays.of(secondPass, NEW_YORK, 0)).isEqualTo("2026-11-01");
        assertThat(PracticeDays.of(firstPass, NEW_YORK, 2)).isEqualTo("2026-10-31");
        assertThat(PracticeDays.of(secondPass, NEW_YORK, 2)).isEqualTo("2026-10-31");
    }
}
