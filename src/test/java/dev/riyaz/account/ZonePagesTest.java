package dev.riyaz.account;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The time zone select on sign-up and settings, as it works without JavaScript. */
@QuarkusTest
class ZonePagesTest {

    private static final Pattern SELECTED = Pattern.compile("<option value=\"([A-Za-z_-]+/[^\"]+|UTC)\" selected>");

    private static String email() {
        return "zone" + System.nanoTime() + "@example.com";
    }

    @Test
    void signUpGroupsTheZonesAndPreselectsTheGuessFromTheBrowsersLanguage() {
        String page = given().header("Accept-Language", "en-IN,en;q=0.9")
                .get("/signup")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .containsSubsequence(
                        "<optgroup label=\"Suggested\" data-suggested>",
                        "<option value=\"Asia/Kolkata\" selected>Kolkata — UTC+05:30 (India Time)</option>",
                        "<optgroup label=\"Common time zones\">",
                        "<optgroup label=\"Africa\">",
                        "<optgroup label=\"Americas\">",
                        "<option value=\"America/New_York\">New York — UTC-0",
                        "<optgroup label=\"Asia\">",
                        "<optgroup label=\"Europe\">",
                        "<option value=\"Europe/Berlin\">Berlin — UTC+0",
                        "<optgroup label=\"Pacific\">")
                .doesNotContain(">Asia/Kolkata<");
        assertThat(selected(page)).isEqualTo("Asia/Kolkata");

        assertThat(selected(given().header("Accept-Language", "de-DE,de;q=0.9")
                        .get("/signup")
                        .asString()))
                .isEqualTo("Europe/Berlin");
        assertThat(selected(given().get("/signup").asString())).isEqualTo("UTC");
    }

    @Test
    void signingUpWithoutTouchingTheSelectKeepsTheGuessedZone() {
        WebForms.Visitor asha = WebForms.visitor();
        String page = given().header("Accept-Language", "en-GB").get("/signup").asString();
        Response answer = asha.post(
                "/signup",
                "/signup",
                Map.of(
                        "email",
                        email(),
                        "displayName",
                        "Asha",
                        "password",
                        People.PASSWORD,
                        "timeZone",
                        selected(page)));
        assertThat(answer.getStatusCode()).isEqualTo(303);
        given().cookie("riyaz_session", asha.session)
                .get("/api/v1/me")
                .then()
                .body(Json.at("timeZone", equalTo("Europe/London")));
    }

    @Test
    void aMadeUpZoneIsRefusedWithAClearMessageAndNoAccountIsMade() {
        String email = email();
        for (String zone : new String[] {"Mars/Olympus", "Asia/" + "K".repeat(200), "+05:30"}) {
            Response answer = WebForms.visitor()
                    .post(
                            "/signup",
                            "/signup",
                            Map.of(
                                    "email",
                                    email,
                                    "displayName",
                                    "Asha",
                                    "password",
                                    People.PASSWORD,
                                    "timeZone",
                                    zone));
            assertThat(answer.getStatusCode()).isEqualTo(422);
            assertThat(answer.asString())
                    .contains("id=\"timeZone-error\"")
                    .contains("Choose a time zone from the list")
                    .contains("value=\"Asha\"");
        }
        assertThat(WebForms.visitor().logIn(email, People.PASSWORD).getStatusCode())
                .isEqualTo(401);
    }

    @Test
    void settingsOfferTheCurrentZoneFirstAndRefuseAMadeUpOne() {
        WebForms.Visitor asha = WebForms.signedUp(email());
        String page = asha.get("/settings").asString();
        assertThat(page)
                .containsSubsequence(
                        "<optgroup label=\"Suggested\" data-suggested>",
                        "<option value=\"Asia/Kolkata\" selected>Kolkata — UTC+05:30 (India Time)</option>",
                        "<optgroup label=\"Common time zones\">");
        assertThat(selected(page)).isEqualTo("Asia/Kolkata");

        Response answer = asha.post(
                "/settings",
                "/settings/profile",
                Map.of(
                        "displayName",
                        "Asha",
                        "timeZone",
                        "Mars/Olympus",
                        "dayStartHour",
                        "0",
                        "firstDayOfWeek",
                        "MON"));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("Choose a time zone from the list");
        assertThat(selected(answer.asString()))
                .as("the saved zone stays chosen")
                .isEqualTo("Asia/Kolkata");
        given().cookie("riyaz_session", asha.session)
                .get("/api/v1/me")
                .then()
                .body(Json.at("timeZone", equalTo("Asia/Kolkata")));
    }

    /** The one zone selected in the page; fails when there is none or more than one. */
    private static String selected(String page) {
        Matcher m = SELECTED.matcher(page);
        assertThat(m.find()).as("a zone is selected").isTrue();
        String zone = m.group(1);
        assertThat(m.find()).as("only one option is selected").isFalse();
        return zone;
    }
}
