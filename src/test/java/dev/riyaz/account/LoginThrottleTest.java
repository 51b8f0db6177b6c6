package dev.riyaz.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.RawHttp;
import dev.riyaz.testing.Tables;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LoginThrottleTest {

    private static final String WRONG = "wrong password!";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private MutableClock clock;
    private People.Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp();
    }

    private static ValidatableResponse logIn(String email, String password) {
        return given().auth()
                .preemptive()
                .basic(email, password)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "script"))
                .post("/api/v1/tokens")
                .then();
    }

    private static void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            logIn(email, WRONG).spec(Problems.problem(401));
        }
    }

    /** Asserts a 429 and returns its Retry-After in seconds. */
    private static long throttled(String email) {
        String retryAfter = logIn(email, People.PASSWORD)
                .spec(Problems.problem(429))
                .extract()
                .header("Retry-After");
        assertThat(retryAfter).as("Retry-After").isNotNull().containsOnlyDigits();
        return Long.parseLong(retryAfter);
    }

    private long tokensOfAsha() {
        return Tables.count("access_token", "user_id = ?1", asha.id());
    }

    @Test
    void eleventhAttemptIsThrottledEvenWithTheRightPassword() {
        long tokens = tokensOfAsha();
        failTimes(asha.email(), 10);

        long retryAfter = throttled(asha.email());

        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds() + 1);
        logIn(asha.email(), WRONG).spec(Problems.problem(429));
        assertThat(tokensOfAsha()).isEqualTo(tokens);
    }

    @Test
    void rightPasswordWorksAgainOnceTheWindowHasPassed() {
        failTimes(asha.email(), 10);

        clock.advance(WINDOW.minusMinutes(1));
        long retryAfter = throttled(asha.email());
        assertThat(retryAfter).isBetween(1L, 61L);

        clock.advance(Duration.ofSeconds(retryAfter));
        logIn(asha.email(), People.PASSWORD).statusCode(201);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failTimes(asha.email(), 9);
        clock.advance(WINDOW);
        failTimes(asha.email(), 1);

        logIn(asha.email(), People.PASSWORD).statusCode(201);
    }

    @Test
    void successfulLogInStartsTheCountAgain() {
        failTimes(asha.email(), 9);
        logIn(asha.email(), People.PASSWORD).statusCode(201);
        failTimes(asha.email(), 9);

        logIn(asha.email(), People.PASSWORD).statusCode(201);
    }

    @Test
    void throttlingIsPerEmailAddress() {
        People.Person ravi = People.signUp();
        failTimes(asha.email(), 10);

        logIn(ravi.email(), People.PASSWORD).statusCode(201);
        throttled(asha.email());
    }

    @Test
    void changingTheCaseOfTheAddressDoesNotEscapeTheThrottle() {
        failTimes(asha.email(), 5);
        failTimes(asha.email().toUpperCase(), 5);

        throttled(asha.email());
        throttled(asha.email().toUpperCase());
    }

    @Test
    void unknownAddressesAreThrottledToo() {
        String stranger = "nobody-" + System.nanoTime() + "@example.com";
        failTimes(stranger, 10);

        throttled(stranger);
    }

    @Test
    void anAttackerElsewhereDoesNotLockOutTheOwner() {
        for (int i = 0; i < 10; i++) {
            assertThat(logInFrom("127.0.0.2", asha.email(), WRONG)).isEqualTo(401);
        }
        assertThat(logInFrom("127.0.0.2", asha.email(), People.PASSWORD))
                .as("the guesser's own address is throttled, even with the right password")
                .isEqualTo(429);

        logIn(asha.email(), People.PASSWORD).statusCode(201);
        assertThat(logInFrom("127.0.0.3", asha.email(), People.PASSWORD)).isEqualTo(201);
    }

    @Test
    void guessesFromManyAddressesLockOutNeitherTheOwnersSessionNorHerKnownBrowser() {
        WebForms.Visitor phone = WebForms.signedUp("phone-" + System.nanoTime() + "@example.com");
        String email = emailOf(phone);
        String session = phone.session;
        assertThat(phone.device).as("sign-up remembers the browser").isNotBlank();

        // 6 addresses x 10 guesses: over the 50 failures that strangers may have together
        for (int address = 2; address <= 7; address++) {
            for (int i = 0; i < 10; i++) {
                logInFrom("127.0.0." + address, email, WRONG);
            }
        }
        assertThat(logInFrom("127.0.0.8", email, People.PASSWORD))
                .as("a new address with the right password waits for the window")
                .isEqualTo(429);
        logIn(email, People.PASSWORD).spec(Problems.problem(429));

        given().cookie("riyaz_session", session).get("/api/v1/me").then().statusCode(200);

        phone.post("/settings", "/logout", Map.of());
        assertThat(phone.session).isNull();
        phone.logIn(email, People.PASSWORD).then().statusCode(303);
        assertThat(phone.session).as("the known browser logs in").isNotNull();

        WebForms.Visitor stranger = WebForms.visitor();
        stranger.logIn(email, People.PASSWORD).then().statusCode(429);
        assertThat(stranger.session).isNull();
    }

    @Test
    void aBrowserKnownToAnotherAccountIsAStrangerHere() {
        WebForms.Visitor ravisLaptop = WebForms.signedUp("ravi-" + System.nanoTime() + "@example.com");
        for (int address = 2; address <= 7; address++) {
            for (int i = 0; i < 10; i++) {
                logInFrom("127.0.0." + address, asha.email(), WRONG);
            }
        }
        ravisLaptop.post("/settings", "/logout", Map.of());

        ravisLaptop.logIn(asha.email(), People.PASSWORD).then().statusCode(429);
        assertThat(ravisLaptop.session).isNull();
    }

    @Test
    void failuresOfAKnownBrowserAreCountedForItAlone() {
        WebForms.Visitor laptop = WebForms.signedUp("laptop-" + System.nanoTime() + "@example.com");
        String email = emailOf(laptop);
        laptop.post("/settings", "/logout", Map.of());
        for (int i = 0; i < 10; i++) {
            laptop.logIn(email, WRONG).then().statusCode(401);
        }

        laptop.logIn(email, People.PASSWORD).then().statusCode(429);
        logIn(email, People.PASSWORD).statusCode(201);
    }

    @Test
    void aBrowserRemembersOnlyTheNewestTwentyDevicesOfAnAccount() {
        for (int i = 0; i < 22; i++) {
            WebForms.visitor().logIn(asha.email(), People.PASSWORD).then().statusCode(303);
        }
        assertThat(Tables.count("known_device", "user_id = ?1", asha.id())).isEqualTo(20);
    }

    /** The status of a log-in with HTTP Basic at {@code POST /api/v1/tokens}, sent from another loopback address. */
    private static int logInFrom(String source, String email, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RawHttp.sendFrom(
                        source,
                        RawHttp.Request.of("POST", "/api/v1/tokens")
                                .header("Authorization", "Basic " + credentials)
                                .body("application/json", "{\"name\":\"script\"}"))
                .status();
    }

    private static String emailOf(WebForms.Visitor visitor) {
        return Json.doc(given().cookie("riyaz_session", visitor.session)
                        .get("/api/v1/me")
                        .then()
                        .statusCode(200)
                        .extract())
                .getString("email");
    }
}
