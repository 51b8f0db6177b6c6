package dev.riyaz.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** The Calendar part of Settings: turning the private link on, making a new one, turning it off. */
@QuarkusTest
class CalendarPagesTest {

    @Inject
    Rows rows;

    @Test
    void turnOnMakeANewLinkAndTurnOff() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-03-01T12:00:00Z"));
        Person person = People.signUp("Asia/Kolkata");
        long reminder = Reminders.addAt(person, Goals.check(person, "Katas"), "07:00");
        WebForms.Visitor browser = Feeds.signIn(person);

        String settings = browser.get("/settings").asString();
        assertThat(settings)
                .contains("<h2 id=\"calendar-title\">Calendar</h2>")
                .contains("Anyone with this link can see your practice times, so keep it private.")
                .contains("Turn on calendar link")
                .doesNotContain("Make a new link");
        assertThat(settings.indexOf("calendar-title")).isGreaterThan(settings.indexOf("mail-title"));

        Response shown = browser.post("/settings", "/settings/calendar", Map.of());
        assertThat(shown.getStatusCode()).isEqualTo(200);
        assertThat(shown.getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher link = Feeds.LINK.matcher(shown.asString());
        assertThat(link.find()).isTrue();
        String first = link.group(1);
        assertThat(shown.asString())
                .contains("href=\"webcal://riyaz.example/calendar/" + link.group(2) + ".ics\"")
                .contains("href=\"/settings#calendar-title\"");
        String on = browser.get("/settings").asString();
        assertThat(on)
                .contains("Your calendar link is on.")
                .contains("Made on Mon 1 Mar 2027.")
                .contains("No calendar app has read it yet.")
                .contains("Make a new link")
                .contains("Turn off")
                .doesNotContain("Turn on calendar link")
                .doesNotContain(link.group(2));
        clock.set(Instant.parse("2027-03-02T12:00:00Z"));
        assertThat(Feeds.uids(Feeds.read(first))).containsExactly("reminder-" + reminder + "@riyaz");
        assertThat(browser.get("/settings").asString()).contains("A calendar app last read it on Tue 2 Mar 2027.");

        String second = Feeds.turnOn(browser);
        assertThat(second).isNotEqualTo(first);
        assertThat(Feeds.fetch(first).getStatusCode())
                .as("the old link stops working")
                .isEqualTo(404);
        assertThat(Feeds.fetch(second).getStatusCode()).isEqualTo(200);
        assertThat(rows.count("calendar_feed", "owner_id = ?", person.id())).isEqualTo(1);

        Response off = browser.post("/settings", "/settings/calendar/off", Map.of());
        assertThat(off.getStatusCode()).isEqualTo(303);
        assertThat(off.getHeader("Location")).endsWith("/settings?notice=calendar_off#calendar-title");
        assertThat(Feeds.fetch(second).getStatusCode()).isEqualTo(404);
        assertThat(rows.count("calendar_feed", "owner_id = ?", person.id())).isZero();
        assertThat(browser.get("/settings?notice=calendar_off").asString())
                .contains("Calendar link turned off.")
                .contains("Turn on calendar link");
    }

    @Test
    void theLinkHoldsAtLeast128RandomBitsAndOnlyItsHashIsStored() throws Exception {
        Person person = People.signUp();
        String link = Feeds.turnOn(person);
        Matcher parts = Feeds.LINK.matcher("id=\"calendar-url\">" + link + "</p>");
        assertThat(parts.find()).isTrue();
        String secret = parts.group(2);

        assertThat(secret).matches("[A-Za-z0-9_-]{22,}"); // 22 URL-safe Base64 characters carry 132 bits
        Map<String, Object> row = rows.one("select * from calendar_feed where owner_id = ?", person.id());
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(hash);
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
        assertThat(Feeds.turnOn(person)).isNotEqualTo(link);
    }

    @Test
    void buttonsNeedASignedInPersonAndAFormFromThisSite() {
        Person person = People.signUp();
        WebForms.Visitor stranger = WebForms.visitor();
        Response answer = stranger.post("/login", "/settings/calendar", Map.of());
        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).contains("/login");

        String link = Feeds.turnOn(person);
        Response forged = io.restassured.RestAssured.given()
                .cookie("riyaz_session", Feeds.signIn(person).session)
                .contentType("text/plain")
                .body("x")
                .post("/settings/calendar/off");
        assertThat(forged.getStatusCode()).isIn(List.of(400, 403, 415));
        assertThat(Feeds.fetch(link).getStatusCode()).as("still on").isEqualTo(200);
    }
}
