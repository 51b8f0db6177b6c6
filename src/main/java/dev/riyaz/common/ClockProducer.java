package dev.riyaz.common;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one source of "now". Tests replace it with a fixed clock through {@code QuarkusMock}. */
public class ClockProducer {

    /**
     * Ticks in whole microseconds, the precision PostgreSQL and H2 keep: a timestamp the API answers with is the one a
     * later read returns (the system clock has nanoseconds, which the database would round away).
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
