package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a rule "at this local time on these weekdays" fires, computed from the person's IANA zone rather than from a
 * cron string in the server's zone. A time that does not exist that day (the clocks jump forward over it) fires once,
 * as far into the day as the jump: 02:30 becomes 03:30 when 02:00 jumps to 03:00. A time that happens twice (the
 * clocks go back) fires once, at the first of the two. Weekdays are those of the wall clock.
 */
public final class Firings {

    /** A rule that fires on some days of the week at one local time. */
    public record Rule(LocalTime time, Set<DayOfWeek> days) {

        public Rule {
            days = Set.copyOf(days);
        }

        /** The instant the rule fires on one local date (whether or not the date's weekday is one of its days). */
        public Instant on(LocalDate date, ZoneId zone) {
            // ZonedDateTime.of moves a time in a gap forward by the gap and keeps the earlier offset in an overlap.
            return ZonedDateTime.of(date, time, zone).toInstant();
        }

        /** The first firing strictly after an instant. */
        public Instant nextAfter(Instant after, ZoneId zone) {
            LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
            for (int i = 0; i < 9; i++, date = date.plusDays(1)) {
                if (days.contains(date.getDayOfWeek())) {
                    Instant at = on(date, zone);
                    if (at.isAfter(after)) {
                        return at;
                    }
                }
            }
            throw new IllegalStateException("a rule without days never fires");
        }

        /** The next {@code count} firings at or after an instant. */
        public List<Instant> from(Instant start, ZoneId zone, int count) {
            List<Instant> firings = new ArrayList<>(count);
            Instant at = start.minusNanos(1);
            while (firings.size() < count) {
                at = nextAfter(at, zone);
                firings.add(at);
            }
            return firings;
        }
    }

    private Firings() {}

    /** When a practice day begins: its date at the day-start hour, moved forward like any other time in a gap. */
    public static Instant startOfDay(LocalDate date, int dayStartHour, ZoneId zone) {
        return new Rule(LocalTime.of(dayStartHour, 0), Set.of(DayOfWeek.values())).on(date, zone);
    }
}
