package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Firing instants worked out by hand from each zone's published offsets and daylight-saving dates. */
class FiringsTest {

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static Firings.Rule at(String time) {
        return new Firings.Rule(LocalTime.parse(time), EVERY_DAY);
    }

    private static List<Instant> firings(Firings.Rule rule, String zone, String fromDate, int count) {
        ZoneId id = ZoneId.of(zone);
        return rule.from(Firings.startOfDay(LocalDate.parse(fromDate), 0, id), id, count);
    }

    private static List<Instant> instants(String... values) {
        return java.util.Arrays.stream(values).map(Instant::parse).toList();
    }

    @Test
    void aTimeSkippedBySpringForwardFiresOnceAsFarIntoTheDayAsTheJump() {
        // New York, 2027-03-14: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist; it fires at 03:30 EDT.
        assertThat(firings(at("02:30"), "America/New_York", "2027-03-13", 3))
                .isEqualTo(instants("2027-03-13T07:30:00Z", "2027-03-14T07:30:00Z", "2027-03-15T06:30:00Z"));
        // Berlin, 2027-03-28: 02:00 CET jumps to 03:00 CEST.
        assertThat(firings(at("02:30"), "Europe/Berlin", "2027-03-27", 3))
                .isEqualTo(instants("2027-03-27T01:30:00Z", "2027-03-28T01:30:00Z", "2027-03-29T00:30:00Z"));
    }

    @Test
    void aTimeThatHappensTwiceWhenClocksGoBackFiresOnceAtTheFirst() {
        // New York, 2027-11-07: 02:00 EDT goes back to 01:00 EST, so 01:30 happens at 05:30Z and again at 06:30Z.
        assertThat(firings(at("01:30"), "America/New_York", "2027-11-06", 3))
                .isEqualTo(instants("2027-11-06T05:30:00Z", "2027-11-07T05:30:00Z", "2027-11-08T06:30:00Z"));
        // Berlin, 2027-10-31: 03:00 CEST goes back to 02:00 CET; 02:30 first happens at 00:30Z.
        assertThat(firings(at("02:30"), "Europe/Berlin", "2027-10-30", 3))
                .isEqualTo(instants("2027-10-30T00:30:00Z", "2027-10-31T00:30:00Z", "2027-11-01T01:30:00Z"));
    }

    @Test
    void halfHourAndQuarterHourZones() {
        // Asia/Kolkata is UTC+05:30 all year, Asia/Kathmandu UTC+05:45.
        assertThat(firings(at("08:00"), "Asia/Kolkata", "2027-01-01", 2))
                .isEqualTo(instants("2027-01-01T02:30:00Z", "2027-01-02T02:30:00Z"));
        assertThat(firings(at("08:00"), "Asia/Kathmandu", "2027-01-01", 2))
                .isEqualTo(instants("2027-01-01T02:15:00Z", "2027-01-02T02:15:00Z"));
        // A reminder at 00:20 in Kolkata is 18:50 UTC the day before.
        assertThat(firings(at("00:20"), "Asia/Kolkata", "2027-01-01", 1)).isEqualTo(instants("2026-12-31T18:50:00Z"));
    }

    @Test
    void lordHoweMovesItsClocksByHalfAnHour() {
        // Lord Howe Island, 2027-10-03 (first Sunday of October): 02:00 +10:30 jumps to 02:30 +11:00.
        // 02:15 does not exist and fires at 02:45 +11:00 = 15:45Z the day before.
        assertThat(firings(at("02:15"), "Australia/Lord_Howe", "2027-10-02", 3))
                .isEqualTo(instants("2027-10-01T15:45:00Z", "2027-10-02T15:45:00Z", "2027-10-03T15:15:00Z"));
        // 2027-04-04 (first Sunday of April): 02:00 +11:00 goes back to 01:30 +10:30; 01:45 fires at its first
        // occurrence, +11:00.
        assertThat(firings(at("01:45"), "Australia/Lord_Howe", "2027-04-03", 3))
                .isEqualTo(instants("2027-04-02T14:45:00Z", "2027-04-03T14:45:00Z", "2027-04-04T15:15:00Z"));
    }

    @Test
    void onlyOnTheChosenWeekdaysOfTheWallClock() {
        Firings.Rule rule = new Firings.Rule(LocalTime.of(7, 0), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        // 2027-01-02 is a Saturday.
        assertThat(firings(rule, "Europe/Berlin", "2027-01-02", 3))
                .isEqualTo(instants("2027-01-04T06:00:00Z", "2027-01-07T06:00:00Z", "2027-01-11T06:00:00Z"));
    }

    @Test
    void nextAfterIsStrictlyLater() {
        ZoneId utc = ZoneId.of("UTC");
        Firings.Rule rule = at("08:00");
        assertThat(rule.nextAfter(Instant.parse("2027-01-01T08:00:00Z"), utc))
                .isEqualTo(Instant.parse("2027-01-02T08:00:00Z"));
        assertThat(rule.nextAfter(Instant.parse("2027-01-01T07:59:59Z"), utc))
                .isEqualTo(Instant.parse("2027-01-01T08:00:00Z"));
    }

    @Test
    void aPracticeDayStartsAtTheDayStartHour() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(Firings.startOfDay(LocalDate.of(2027, 1, 5), 4, berlin))
                .isEqualTo(Instant.parse("2027-01-05T03:00:00Z"));
        // 2027-03-28 02:00 does not exist in Berlin: a day starting at 02:00 starts at 03:00 CEST.
        assertThat(Firings.startOfDay(LocalDate.of(2027, 3, 28), 2, berlin))
                .isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    }
}
