package dev.riyaz.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalRoutes;

/** The calendar feed as RFC 5545 text: the person's zone as a VTIMEZONE, and one repeating VEVENT per reminder. */
final class CalendarDocument {

    static final String PRODUCT = "-//Riyaz//Practice reminders//EN";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CalendarDocument() {}

    /**
     * @param baseUrl where people reach Riyaz, for the link to each goal
     * @param now when the feed is made (each event's DTSTAMP)
     */
    static String write(ZoneId zone, List<CalendarEvent> events, String baseUrl, Instant now) {
        IcsWriter out = new IcsWriter()
                .begin("VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", PRODUCT)
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", Messages.get("calendar_feed_name"))
                .text("X-WR-TIMEZONE", zone.getId())
                .line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .line("X-PUBLISHED-TTL", "PT1H");
        Instant since = events.stream()
                .map(event -> event.start().atZone(zone).toInstant())
                .min(Comparator.naturalOrder())
                .orElse(now);
        TimeZoneComponent.write(out, zone, since);
        String base = baseUrl.replaceAll("/+$", "");
        events.forEach(event -> event(out, zone, event, base, now));
        return out.end("VCALENDAR").toString();
    }

    private static void event(IcsWriter out, ZoneId zone, CalendarEvent event, String baseUrl, Instant now) {
        String link = baseUrl + GoalRoutes.goal(event.goalId());
        String open = Messages.get("calendar_feed_open", link);
        boolean notes = event.notes() != null && !event.notes().isBlank();
        out.begin("VEVENT")
                .line("UID", "reminder-" + event.reminderId() + "@riyaz")
                .line("DTSTAMP", STAMP.format(now))
                .line("DTSTART;TZID=" + zone.getId(), TimeZoneComponent.LOCAL.format(event.start()))
                .line("DURATION", event.length().toString())
                .line("RRULE", event.rrule())
                .text("SUMMARY", Messages.get("calendar_feed_summary", event.title()))
                .text("DESCRIPTION", notes ? event.notes().strip() + "\n\n" + open : open)
                .line("URL", link)
                .end("VEVENT");
    }
}
