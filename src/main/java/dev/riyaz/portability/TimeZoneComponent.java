package dev.riyaz.portability;

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
    private static final LocalDateTime NO_CHANGE_SINCE = LocalDateTime.of(1970, 1, 1, 0, 0);

    private TimeZoneComponent() {}

    /** Writes the zone's VTIMEZONE, right for every instant from {@code since} on. */
    static void write(IcsWriter out, ZoneId zone, Instant since) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        Instant lastListed =
                listed.isEmpty() ? null : listed.get(listed.size() - 1).getInstant();
        out.begin("VTIMEZONE").line("TZID", zone.getId());
        List<ZoneOffsetTransition> oneByOne = oneByOne(rules, since, yearly.isEmpty() ? null : lastListed);
        oneByOne.forEach(change -> observance(out, zone, change, null));
        Instant after = lastListed == null ? since : lastListed;
        for (ZoneOffsetTransitionRule rule : yearly) {
            YearlyRule.of(rule, after)
                    .ifPresentOrElse(
                            recurring -> observance(out, zone, recurring.first(), recurring.rrule()),
                            () -> YearlyRule.spelledOut(rule, after)
                                    .forEach(change -> observance(out, zone, change, null)));
        }
        if (oneByOne.isEmpty() && yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(since);
            out.begin("STANDARD")
                    .line("DTSTART", LOCAL.format(NO_CHANGE_SINCE))
                    .line("TZOFFSETFROM", offset(offset))
                    .line("TZOFFSETTO", offset(offset))
                    .text("TZNAME", NAME.format(since.atZone(zone)))
                    .end("STANDARD");
        }
        out.end("VTIMEZONE");
    }

    /**
     * The change in force at {@code since} and those after it, up to {@code until} (the last change listed, after which
     * yearly rules take over) or all of them (when there are no yearly rules).
     */
    private static List<ZoneOffsetTransition> oneByOne(ZoneRules rules, Instant since, Instant until) {
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        // From the last listed change on when yearly rules take over before `since`: it covers the time until their
        // first change.
        Instant from = until != null && since.isAfter(until) ? until : since;
        ZoneOffsetTransition change = rules.previousTransition(from.plusSeconds(1));
        if (change != null) {
            changes.add(change);
        }
        Instant cursor = from;
        while ((change = rules.nextTransition(cursor)) != null
                && (until == null || !change.getInstant().isAfter(until))) {
            changes.add(change);
            cursor = change.getInstant();
        }
        return changes;
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
