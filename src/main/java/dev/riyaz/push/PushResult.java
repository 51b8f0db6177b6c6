package dev.riyaz.push;

import java.time.Duration;
import java.util.Optional;

/**
 * How a push went, as the outbox needs to know it: {@link Outcome#DELIVERED} (the push service took it),
 * {@link Outcome#GONE} (404 or 410: the subscription has ended, and the device has been removed),
 * {@link Outcome#RETRY_LATER} (5xx, 429, a timeout or a network failure: try again with backoff, after
 * {@code retryAfter} if the service named a wait) or {@link Outcome#REFUSED} (any other answer, such as 400, 403 or
 * 413: the same message would be refused again).
 */
public record PushResult(Outcome outcome, int status, Optional<Duration> retryAfter, String detail) {

    public enum Outcome {
        DELIVERED,
        GONE,
        RETRY_LATER,
        REFUSED
    }

    static PushResult of(int status, Optional<Duration> retryAfter) {
        Outcome outcome;
        if (status >= 200 && status < 300) {
            outcome = Outcome.DELIVERED;
        } else if (status == 404 || status == 410) {
            outcome = Outcome.GONE;
        } else if (status == 429 || status >= 500) {
            outcome = Outcome.RETRY_LATER;
        } else {
            outcome = Outcome.REFUSED;
        }
        return new PushResult(
                outcome,
                status,
                outcome == Outcome.RETRY_LATER ? retryAfter : Optional.empty(),
                "the push service answered " + status);
    }

    static PushResult failed(String detail) {
        return new PushResult(Outcome.RETRY_LATER, 0, Optional.empty(), detail);
    }

    static PushResult noDevice() {
        return new PushResult(Outcome.GONE, 0, Optional.empty(), "the device was removed");
    }
}
