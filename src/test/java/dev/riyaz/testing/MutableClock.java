package dev.riyaz.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.quarkus.test.junit.QuarkusMock;

/** A clock that stands still until a test moves it; installed in place of the application's clock. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    private MutableClock(Instant now) {
        this.now = now;
    }

    /** Replaces the application's clock for the current test, starting at {@code start}. */
    public static MutableClock installAt(Instant start) {
        MutableClock clock = new MutableClock(start);
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
