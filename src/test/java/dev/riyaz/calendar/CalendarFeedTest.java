package dev.riyaz.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /calendar/{secret}.ics}: what a calendar app reads from a person's private link. */
@QuarkusTest
class CalendarFeedTest {

    private static final Instant MARCH_1 = Instant.parse("2027-03-01T12:00:00Z"); // a Monday
    private static final int COUNT = 21;

    @Inject
    Rows rows;

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Berlin"})
    void remindersHappenInTheCalendarWhenRiyazFiresThemAcrossDaylightSaving(String zone) {
        MutableClock.installAt(MARCH_1);
        Person person = People.signUp(zone);
        long goal = Goals.check(person, "Katas");
        long daily = Reminders.addAt(person, goal, "07:30");
        long mwf = Reminders.add(person, goal, Map.of("time", "19:00", "days", List.of("MON", "WED", "FRI")))
                .getLong("id");

        Calendar calendar = Feeds.read(Feeds.turnOn(person));

        VTimeZone vtimezone = Feeds.vtimezone(calendar);
        assertThat(vtimezone.getRequiredProperty(Property.TZID).getValue()).isEqualTo(zone);
        assertThat(vtimezone.getObservances().stream().map(Component::getName)).contains("STANDARD", "DAYLIGHT");
        assertThat(Feeds.text(Feeds.event(calendar, daily), Property.RRULE)).isEqualTo("FREQ=DAILY");
        assertThat(Feeds.text(Feeds.event(calendar, mwf), Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        // Spring forward (New York 14 March, Berlin 28 March) and fall back (Berlin 31 October, New York 7 November)
        for (LocalDate from : List.of(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 10, 25))) {
            List<Instant> dailyTimes = Feeds.occurrences(calendar, daily, from, COUNT);
            assertThat(dailyTimes).isEqualTo(upcoming(person, daily, from));
            assertThat(utcTimes(dailyTimes))
                    .as("07:30 moves in UTC as the clocks change")
                    .hasSize(2);
            assertThat(Feeds.occurrences(calendar, mwf, from, COUNT)).isEqualTo(upcoming(person, mwf, from));
        }
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneObservanceAndTheSameTimes() {
        MutableClock.installAt(MARCH_1);
        Person person = People.signUp("Asia/Kolkata");
        long goal = Goals.check(person, "Katas");
        long daily = Reminders.addAt(person, goal, "07:30");
        long weekend = Reminders.add(person, goal, Map.of("time", "21:15", "days", List.of("SAT", "SUN")))
                .getLong("id");

        Calendar calendar = Feeds.read(Feeds.turnOn(person));

        VTimeZone vtimezone = Feeds.vtimezone(calendar);
        assertThat(vtimezone.getObservances()).hasSize(1);
        assertThat(vtimezone.getObservances().get(0).getName()).isEqualTo("STANDARD");
        assertThat(Feeds.text(vtimezone.getObservances().get(0), Property.TZOFFSETTO))
                .isEqualTo("+0530");
        for (long reminder : List.of(daily, weekend)) {
            LocalDate from = LocalDate.of(2027, 3, 10);
            assertThat(Feeds.occurrences(calendar, reminder, from, COUNT)).isEqualTo(upcoming(person, reminder, from));
        }
        assertThat(Feeds.occurrences(calendar, daily, LocalDate.of(2027, 3, 10), 1))
                .containsExactly(Instant.parse("2027-03-10T02:00:00Z"));
    }

    @Test
    void onlyRemindersThatAreOnForGoalsInUseAreInTheCalendar() {
        MutableClock.installAt(MARCH_1);
        Person person = People.signUp("Europe/Berlin");
        long goal = Goals.check(person, "Katas");
        long on = Reminders.addAt(person, goal, "08:00");
        long off = Reminders.add(person, goal, Map.of("time", "09:00", "enabled", false))
                .getLong("id");
        long archivedGoal = Goals.check(person, "Old course");
        long ofArchived = Reminders.addAt(person, archivedGoal, "10:00");
        person.api()
                .body(Map.of("archived", true))
                .patch("/api/v1/goals/{id}", archivedGoal)
                .then()
                .statusCode(200);
        person.api()
                .body(Map.of("digest", "daily"))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200);
        snooze(person, goal, on);
        Person other = People.signUp("Europe/Berlin");
        long othersReminder = Reminders.addAt(other, Goals.check(other, "Their goal"), "08:00");
        String othersLink = Feeds.turnOn(other);

        Calendar calendar = Feeds.read(Feeds.turnOn(person));

        assertThat(Feeds.uids(calendar)).containsExactly("reminder-" + on + "@riyaz");
        assertThat(rows.count("reminder", "owner_id = ?1 and kind in ('digest', 'review', 'snooze')", person.id()))
                .as("the mail-only rows exist, and are left out")
                .isGreaterThanOrEqualTo(3);
        assertThat(List.of(off, ofArchived))
                .allSatisfy(id -> assertThat(Feeds.uids(calendar)).doesNotContain("reminder-" + id + "@riyaz"));
        assertThat(Feeds.uids(Feeds.read(othersLink))).containsExactly("reminder-" + othersReminder + "@riyaz");
    }

    @Test
    void titlesAndLongDescriptionsComeBackAsTyped() {
        MutableClock.installAt(MARCH_1);
        Person person = People.signUp("Europe/Berlin");
        String title = "Loops, lists; maps\nand C:\\code 🐍";
        String description = ("Work through chapter 3 – Schleifen, Zähler; then the exercises, all of them. 🎯\n"
                        + "Keep notes in the notebook.\n")
                .repeat(6)
                .strip();
        long goal = Goals.create(
                person,
                Map.of(
                        "title",
                        title,
                        "description",
                        description,
                        "kind",
                        "measured",
                        "unit",
                        "minutes",
                        "dailyTarget",
                        45));
        long reminder = Reminders.addAt(person, goal, "18:00");

        Response feed = Feeds.fetch(Feeds.turnOn(person));
        Calendar calendar = Feeds.parse(feed.asString());

        VEvent event = Feeds.event(calendar, reminder);
        assertThat(Feeds.text(event, Property.SUMMARY)).isEqualTo("Practise: " + title);
        assertThat(Feeds.text(event, Property.DESCRIPTION))
                .isEqualTo(description
                        + "\n\nOpen this goal in Riyaz to log your practice: https://riyaz.example/goals/" + goal);
        assertThat(Feeds.text(event, Property.URL)).isEqualTo("https://riyaz.example/goals/" + goal);
        assertThat(Feeds.text(event, Property.DURATION)).isEqualTo("PT45M");
        String body = feed.asString();
        assertThat(body).doesNotContainPattern("[^\r]\n");
        List<String> lines = Arrays.asList(body.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(line -> line.startsWith(" ")).count())
                .as("the long description is folded over several lines")
                .isGreaterThan(5);
        assertThat(lines).noneMatch(line -> line.contains("\uFFFD"));
    }

    @Test
    void theFeedIsPrivateIcalendarAndNotesWhenItWasRead() {
        MutableClock clock = MutableClock.installAt(MARCH_1);
        Person person = People.signUp("Asia/Kolkata");
        Reminders.addAt(person, Goals.check(person, "Katas"), "07:00");
        String link = Feeds.turnOn(person);
        assertThat(lastUsedAt(person)).isNull();

        clock.set(Instant.parse("2027-03-02T06:00:00Z"));
        Response feed = Feeds.fetch(link);

        assertThat(feed.getStatusCode()).isEqualTo(200);
        assertThat(feed.getContentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        assertThat(feed.getHeader("Cache-Control")).isEqualTo("private, max-age=300");
        Calendar calendar = Feeds.parse(feed.asString());
        assertThat(Feeds.text(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(Feeds.text(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(Feeds.text(calendar, "X-WR-CALNAME")).isEqualTo("Riyaz practice");
        assertThat(Feeds.text(calendar, Property.PRODID)).isEqualTo("-//Riyaz//Practice reminders//EN");
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(lastUsedAt(person)).isEqualTo(Instant.parse("2027-03-02T06:00:00Z"));
    }

    @Test
    void unknownAndMalformedLinksAreNotFoundAndSayNothingMore() {
        String unknown = "A".repeat(43);
        for (String secret : List.of(unknown, "short", "has.dots.in.it", "x".repeat(200))) {
            Response answer = given().get("/calendar/{secret}.ics", secret);
            assertThat(answer.getStatusCode()).isEqualTo(404);
            assertThat(answer.asString()).isEqualTo("Not found");
        }
    }

    private Instant lastUsedAt(Person person) {
        Object at = rows.one("select last_used_at from calendar_feed where owner_id = ?", person.id())
                .get("last_used_at");
        return at == null ? null : ((OffsetDateTime) at).toInstant();
    }

    private static List<Instant> upcoming(Person person, long reminder, LocalDate from) {
        return Json.doc(person.api()
                        .get(
                                "/api/v1/reminders/{id}/upcoming?from={from}&count={count}",
                                reminder,
                                from.toString(),
                                COUNT)
                        .then()
                        .statusCode(200)
                        .extract())
                .getList("$", String.class)
                .stream()
                .map(Instant::parse)
                .toList();
    }

    private static java.util.Set<LocalTime> utcTimes(List<Instant> instants) {
        return instants.stream()
                .map(at -> at.atOffset(ZoneOffset.UTC).toLocalTime())
                .collect(Collectors.toSet());
    }

    /** A snooze of a reminder, as the "remind me later" link in a mail leaves it. */
    private void snooze(Person person, long goal, long reminder) {
        rows.execute(
                "insert into reminder (id, owner_id, goal_id, kind, local_time, days, only_if_not_done, enabled,"
                        + " next_fire_at, snooze_of, snooze_date, created_at) values (nextval('reminder_seq'), ?, ?,"
                        + " 'snooze', '20:00:00', 'MON,TUE,WED,THU,FRI,SAT,SUN', true, true,"
                        + " timestamp with time zone '2027-03-01 19:00:00+00', ?, date '2027-03-01',"
                        + " timestamp with time zone '2027-03-01 12:00:00+00')",
                person.id(),
                goal,
                reminder);
    }
}
