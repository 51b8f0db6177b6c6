package dev.riyaz.calendar;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VTimeZone;

import dev.riyaz.common.TimeZones;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VTIMEZONE, parsed by ical4j and read as RFC 5545 says ({@link ZoneReading}), gives the offsets java.time gives, in
 * every zone a person can choose, around each change of offset for 15 years.
 */
class TimeZoneComponentTest {

    private static final Duration YEARS = Duration.ofDays(15 * 365);

    /** From a start after the last listed change of most zones, and from one before (listed changes, then rules). */
    @ParameterizedTest
    @ValueSource(strings = {"2026-06-01T00:00:00Z", "2003-01-01T00:00:00Z"})
    void everyChoosableZoneReadsBackWithJavaTimesOffsets(String start) throws Exception {
        Instant since = Instant.parse(start);
        List<String> wrong = new ArrayList<>();
        for (String id : TimeZones.CHOICES) {
            ZoneId zone = ZoneId.of(id);
            ZoneReading read = new ZoneReading(vtimezone(zone, since), LocalDateTime.of(2045, 1, 1, 0, 0));
            for (Instant at : probes(zone.getRules(), since, since.plus(YEARS))) {
                String offset = read.offsetAt(at).map(ZoneOffset::toString).orElse("nothing");
                if (!offset.equals(zone.getRules().getOffset(at).toString())) {
                    wrong.add(id + " at " + at + ": " + offset + " not "
                            + zone.getRules().getOffset(at));
                    break;
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static VTimeZone vtimezone(ZoneId zone, Instant since) throws Exception {
        String text = CalendarDocument.write(zone, List.of(), "https://riyaz.example", since);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        return (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
    }

    /** The start, each change of offset, a second before it, and halfway to the next. */
    private static List<Instant> probes(ZoneRules rules, Instant since, Instant until) {
        List<Instant> probes = new ArrayList<>(List.of(since));
        Instant cursor = since;
        ZoneOffsetTransition change;
        while ((change = rules.nextTransition(cursor)) != null
                && change.getInstant().isBefore(until)) {
            Instant at = change.getInstant();
            probes.add(at.minusSeconds(1));
            probes.add(at);
            probes.add(cursor.plus(Duration.between(cursor, at).dividedBy(2)));
            cursor = at;
        }
        probes.add(until);
        return probes;
    }
}
