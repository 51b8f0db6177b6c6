package dev.riyaz.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

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
}
