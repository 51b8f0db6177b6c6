package dev.riyaz.resource;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.Links;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the library page tests share: a person signed up in a browser without JavaScript (and a token for setting
 * things up through the API), on a fixed clock (Sat 14 Mar 2026 in Kolkata).
 */
abstract class LibraryPagesFixture {

    static final Instant NOW = Instant.parse("2026-03-14T06:30:00Z");
    static final String SCRIPT = "<script>alert('x')</script>";

    MutableClock clock;
    WebForms.Visitor asha;
    String token;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        String email = "library" + System.nanoTime() + "@example.com";
        asha = WebForms.signedUp(email);
        token = People.tokenFor(email);
    }

    io.restassured.specification.RequestSpecification api() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    long goal(String title) {
        return Json.longAt(
                api().body(Map.of("title", title)).post("/api/v1/goals").then().statusCode(201), "id");
    }

    long resource(Map<String, ?> body) {
        return Links.create(api(), body);
    }

    JsonDoc stored(long id) {
        return Json.doc(
                api().get("/api/v1/resources/{id}", id).then().statusCode(200).extract());
    }

    static long idFrom(Response redirect) {
        Matcher m = Pattern.compile("/resources/(\\d+)").matcher(redirect.header("Location"));
        assertThat(m.find())
                .as("redirect to the resource page: %s", redirect.header("Location"))
                .isTrue();
        return Long.parseLong(m.group(1));
    }

    String pick() {
        String page = asha.get("/").asString();
        Matcher m = Pattern.compile("Today&#39;s pick: <a [^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("a pick on the card").isTrue();
        return m.group(1);
    }
}
