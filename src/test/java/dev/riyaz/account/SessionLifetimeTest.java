package dev.riyaz.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A browser stays signed in while it keeps coming back, and is signed out 30 days after its last visit. */
@QuarkusTest
class SessionLifetimeTest {

    private static final Instant START = Instant.parse("2026-03-14T12:00:00Z");

    @Inject
    Rows rows;

    private MutableClock clock;
    private WebForms.Visitor browser;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(START);
        browser = WebForms.signedUp("session" + System.nanoTime() + "@example.com");
    }

    private int me() {
        return given().cookie("riyaz_session", browser.session)
                .get("/api/v1/me")
                .then()
                .extract()
                .statusCode();
    }

    private Instant stored(String column) {
        Object value = rows.one("select " + column + " from user_session where user_id = ?", browser.userId())
                .get(column);
        return value instanceof java.time.OffsetDateTime at ? at.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    @Test
    void aVisitAfterAWhileKeepsTheSessionForAnotherThirtyDays() {
        clock.advance(Duration.ofDays(20));
        assertThat(me()).isEqualTo(200);
        assertThat(stored("last_seen_at")).isEqualTo(START.plus(Duration.ofDays(20)));
        assertThat(stored("expires_at")).isEqualTo(START.plus(Duration.ofDays(50)));

        clock.advance(Duration.ofDays(29));
        assertThat(me()).isEqualTo(200);
    }

    @Test
    void visitsMinutesApartDoNotWriteEveryTime() {
        clock.advance(Duration.ofMinutes(3));
        assertThat(me()).isEqualTo(200);
        assertThat(stored("last_seen_at")).isEqualTo(START);
    }

    @Test
    void thirtyDaysWithoutAVisitSignsOut() {
        clock.advance(Duration.ofDays(30));
        assertThat(me()).isEqualTo(401);
    }
}
