package dev.riyaz.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;

import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar link as a person turns it on in Settings, and the feed as a calendar app reads it (with ical4j). */
final class Feeds {

    /** The link as the page shows it: the test base URL, then a 43-character URL-safe secret. */
    static final Pattern LINK =
            Pattern.compile("id=\"calendar-url\">(https://riyaz\\.example/calendar/([A-Za-z0-9_-]+)\\.ics)</p>");

    private Feeds() {}

    static WebForms.Visitor signIn(Person person) {
        WebForms.Visitor visitor = WebForms.visitor();
        visitor.logIn(person.email(), People.PASSWORD);
        return visitor;
    }

    /** Presses the settings page's button that turns the link on (or makes a new one); answers the link shown. */
    static String turnOn(WebForms.Visitor visitor) {
        Response page = visitor.post("/settings", "/settings/calendar", Map.of());
        assertThat(page.getStatusCode()).isEqualTo(200);
        Matcher link = LINK.matcher(page.asString());
        assertThat(link.find()).as("the page shows the link").isTrue();
        return link.group(1);
    }

    static String turnOn(Person person) {
        return turnOn(signIn(person));
    }

    static Response fetch(String link) {
        return given().redirects().follow(false).get(URI.create(link).getPath());
    }

    static Calendar read(String link) {
        Response feed = fetch(link);
        assertThat(feed.getStatusCode()).isEqualTo(200);
        return parse(feed.asString());
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("the feed is not iCalendar a calendar app can read:\n" + text, e);
        }
    }

    static VTimeZone vtimezone(Calendar calendar) {
        return (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getUid().orElseThrow().getValue())
                .toList();
    }

    static VEvent event(Calendar calendar, long reminderId) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getUid().orElseThrow().getValue().equals("reminder-" + reminderId + "@riyaz"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event for reminder " + reminderId));
    }

    /** A property's value as ical4j reads it (TEXT unescaped, folded lines joined). */
    static String text(PropertyListAccessor container, String property) {
        return container.getRequiredProperty(property).getValue();
    }

    /**
     * The first {@code count} times the reminder's event happens from the start of a local date: ical4j repeats the
     * event's RRULE from its DTSTART, and the feed's own VTIMEZONE turns each local time into an instant.
     */
    static List<Instant> occurrences(Calendar calendar, long reminderId, LocalDate from, int count) {
        VEvent event = event(calendar, reminderId);
        VTimeZone zone = vtimezone(calendar);
        DtStart<?> start = event.getRequiredProperty(Property.DTSTART);
        assertThat(start.getRequiredParameter(Parameter.TZID).getValue())
                .isEqualTo(zone.getRequiredProperty(Property.TZID).getValue());
        LocalDateTime seed = ZoneReading.local(start.getValue());
        RRule<LocalDateTime> rrule = event.getRequiredProperty(Property.RRULE);
        LocalDateTime until = from.plusDays(count * 7L + 7).atStartOfDay();
        ZoneReading reading = new ZoneReading(zone, until);
        Instant dayStart = reading.instantOf(from.atStartOfDay());
        return rrule.getRecur().getDates(seed, from.minusDays(1).atStartOfDay(), until).stream()
                .map(reading::instantOf)
                .filter(at -> !at.isBefore(dayStart))
                .sorted()
                .limit(count)
                .toList();
    }
}
