package dev.riyaz.portability;

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

import org.junit.jupiter.api.Test;

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

    private static final Instant SINCE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant UNTIL = SINCE.plus(Duration.ofDays(15 * 365));

    @Test
    void everyChoosableZoneReadsBackWithJavaTimesOffsets() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String id : TimeZones.CHOICES) {
            ZoneId zone = ZoneId.of(id);
            ZoneReading read = new ZoneReading(vtimezone(zone), LocalDateTime.of(2045, 1, 1, 0, 0));
            for (Instant at : probes(zone.getRules())) {
                ZoneOffset offset = read.offsetAt(at);
                if (!offset.equals(zone.getRules().getOffset(at))) {
                    wrong.add(id + " at " + at + ": " + offset + " not "
                            + zone.getRules().getOffset(at));
                    break;
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static VTimeZone vtimezone(ZoneId zone) throws Exception {
        String text = CalendarDocument.write(zone, List.of(), "https://riyaz.example", SINCE);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        return (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
    }

    /** The start, each change of offset, a second before it, and halfway to the next. */
    private static List<Instant> probes(ZoneRules rules) {
        List<Instant> probes = new ArrayList<>(List.of(SINCE));
        Instant cursor = SINCE;
        ZoneOffsetTransition change;
        while ((change = rules.nextTransition(cursor)) != null
                && change.getInstant().isBefore(UNTIL)) {
            Instant at = change.getInstant();
            probes.add(at.minusSeconds(1));
            probes.add(at);
            probes.add(cursor.plus(Duration.between(cursor, at).dividedBy(2)));
            cursor = at;
        }
        probes.add(UNTIL);
        return probes;
    }
}
