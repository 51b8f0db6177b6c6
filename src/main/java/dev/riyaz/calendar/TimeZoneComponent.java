package dev.riyaz.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A VTIMEZONE (RFC 5545 section 3.6.5) written from java.time's own rules for an IANA zone, so a calendar app places
 * the events as Riyaz does. Changes of offset still to come under a yearly rule become one STANDARD or DAYLIGHT part
 * with an RRULE ({@link YearlyRule}); earlier changes, and those of zones without yearly rules (Asia/Kolkata), are
 * written one by one, starting with the one in force when the first event begins.
 */
final class TimeZoneComponent {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final int EPOCH_YEAR = 1970;

    private TimeZoneComponent() {}

    /** Writes the zone's VTIMEZONE, right for every instant from {@code since} on. */
    static void write(IcsWriter out, ZoneId zone, Instant since) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        // Yearly rules (if any) give the changes after the last listed one; until then the listed ones count.
        Instant rulesFrom =
                listed.isEmpty() ? since : listed.get(listed.size() - 1).getInstant();
        Instant from = !yearly.isEmpty() && since.isAfter(rulesFrom) ? rulesFrom : since;
        out.begin("VTIMEZONE").line("TZID", zone.getId());
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            unchanged(out, zone, from);
        } else {
            observance(out, zone, inForce, null);
        }
        listedBetween(rules, from, yearly.isEmpty() ? null : rulesFrom)
                .forEach(change -> observance(out, zone, change, null));
        yearly.forEach(rule -> yearly(out, zone, rule, rulesFrom, since));
        out.end("VTIMEZONE");
    }

    /** The changes after {@code from}, up to {@code until} (when yearly rules take over) or all of them. */
    private static List<ZoneOffsetTransition> listedBetween(ZoneRules rules, Instant from, Instant until) {
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition change;
        Instant cursor = from;
        while ((change = rules.nextTransition(cursor)) != null
                && (until == null || !change.getInstant().isAfter(until))) {
            changes.add(change);
            cursor = change.getInstant();
        }
        return changes;
    }

    private static void yearly(
            IcsWriter out, ZoneId zone, ZoneOffsetTransitionRule rule, Instant after, Instant since) {
        YearlyRule.of(rule, after)
                .ifPresentOrElse(
                        recurring -> observance(out, zone, recurring.first(), recurring.rrule()),
                        () -> YearlyRule.spelledOut(rule, after, since)
                                .forEach(change -> observance(out, zone, change, null)));
    }

    /** The offset of a zone that has not changed it before {@code from} (UTC, or a zone newer than that). */
    private static void unchanged(IcsWriter out, ZoneId zone, Instant from) {
        ZoneOffset offset = zone.getRules().getOffset(from);
        int year = Math.min(EPOCH_YEAR, from.atOffset(ZoneOffset.UTC).getYear() - 1);
        out.begin("STANDARD")
                .line("DTSTART", LOCAL.format(LocalDateTime.of(year, 1, 1, 0, 0)))
                .line("TZOFFSETFROM", offset(offset))
                .line("TZOFFSETTO", offset(offset))
                .text("TZNAME", NAME.format(from.atZone(zone)))
                .end("STANDARD");
    }

    private static void observance(IcsWriter out, ZoneId zone, ZoneOffsetTransition change, String rrule) {
        String kind = zone.getRules().isDaylightSavings(change.getInstant()) ? "DAYLIGHT" : "STANDARD";
        out.begin(kind)
                .line("DTSTART", LOCAL.format(change.getDateTimeBefore()))
                .line("TZOFFSETFROM", offset(change.getOffsetBefore()))
                .line("TZOFFSETTO", offset(change.getOffsetAfter()));
        if (rrule != null) {
            out.line("RRULE", rrule);
        }
        out.text("TZNAME", NAME.format(change.getInstant().atZone(zone))).end(kind);
    }

    /** {@code +0530}, {@code -0500}, or with seconds when the offset has them ({@code +005328}). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
