package dev.riyaz.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE read as RFC 5545 section 3.6.5 says: each STANDARD or DAYLIGHT part begins at its DTSTART and at each
 * date of its RRULE (ical4j expands the RRULE), a local time in its TZOFFSETFROM; at any instant, the part that began
 * last gives the offset (its TZOFFSETTO). ical4j 4.0.8's own reading of a VTIMEZONE puts yearly changes hours off, for
 * its bundled zones too (ical4j issues #475 and #539), so the tests read the zone this way instead.
 */
final class ZoneReading {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final TreeMap<Instant, ZoneOffset> onsets = new TreeMap<>();

    /** Reads the zone's changes up to {@code until}. */
    ZoneReading(VTimeZone zone, LocalDateTime until) {
        for (Observance part : zone.getObservances()) {
            ZoneOffset from = part.<TzOffsetFrom>getRequiredProperty(Property.TZOFFSETFROM)
                    .getOffset();
            ZoneOffset to =
                    part.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
            LocalDateTime start =
                    local(part.getRequiredProperty(Property.DTSTART).getValue());
            List<LocalDateTime> starts = new ArrayList<>(List.of(start));
            part.<RRule<LocalDateTime>>getProperty(Property.RRULE).ifPresent(rrule -> {
                Recur<LocalDateTime> recur = rrule.getRecur();
                starts.addAll(recur.getDates(start, start, until));
            });
            starts.forEach(local -> onsets.put(local.toInstant(from), to));
        }
    }

    static LocalDateTime local(String value) {
        return LocalDateTime.parse(value, LOCAL);
    }

    /** The offset in force at an instant; empty before the zone's first change. */
    Optional<ZoneOffset> offsetAt(Instant at) {
        return Optional.ofNullable(onsets.floorEntry(at)).map(Map.Entry::getValue);
    }

    /** The instant a local time of the zone stands for; the tests use no time that is skipped or repeated. */
    Instant instantOf(LocalDateTime local) {
        List<Instant> fits = onsets.values().stream()
                .distinct()
                .filter(offset -> offsetAt(local.toInstant(offset)).equals(Optional.of(offset)))
                .map(local::toInstant)
                .toList();
        if (fits.size() != 1) {
            throw new AssertionError(local + " is skipped or repeated in the VTIMEZONE: " + fits);
        }
        return fits.get(0);
    }
}
