package dev.riyaz.mail;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's retry rule: a wait that starts at retryFirst, doubles per failure up to retryMax, and a give-up time. */
class BackoffTest {

    private static final Instant QUEUED = Instant.parse("2027-01-04T08:00:00Z");

    private final Backoff defaults = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofDays(3));

    @Test
    void firstRetryWaitsRetryFirst() {
        assertThat(defaults.wait(1)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void waitDoublesWithEachFailure() {
        assertThat(defaults.wait(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.wait(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(defaults.wait(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(defaults.wait(5)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void waitNeverExceedsRetryMax() {
        assertThat(defaults.wait(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.wait(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.wait(10_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aMaxBetweenTwoDoublingsIsReachedExactly() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(25), Duration.ofHours(1));

        assertThat(backoff.wait(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.wait(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.wait(3)).isEqualTo(Duration.ofSeconds(25));
        assertThat(backoff.wait(4)).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void aFirstWaitAboveTheMaxIsCutToTheMax() {
        Backoff backoff = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofHours(1));

        assertThat(backoff.wait(1)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void mailIsKeptTryingUntilGiveUpAfterHasPassed() {
        assertThat(defaults.givesUp(QUEUED, QUEUED)).isFalse();
        assertThat(defaults.givesUp(QUEUED, QUEUED.plus(Duration.ofDays(3)).minusSeconds(1)))
                .isFalse();
    }

    @Test
    void mailIsGivenUpOnceGiveUpAfterHasPassed() {
        assertThat(defaults.givesUp(QUEUED, QUEUED.plus(Duration.ofDays(3)))).isTrue();
        assertThat(defaults.givesUp(QUEUED, QUEUED.plus(Duration.ofDays(4)))).isTrue();
    }
}
