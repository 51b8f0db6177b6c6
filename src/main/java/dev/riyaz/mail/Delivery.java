package dev.riyaz.mail;

import java.time.Duration;

/**
 * How sending one outbox row went: {@link Result#SENT}; {@link Result#RETRY} (the server is down or busy: try again
 * after the {@link Backoff} wait, or after {@code retryAfter} when the server named a longer one); {@link Result#REFUSED}
 * (the same row would be refused again: given up at once); {@link Result#GONE} (the address no longer exists; the
 * channel has removed it, and the row goes).
 */
public record Delivery(Result result, String detail, Duration retryAfter) {

    public enum Result {
        SENT,
        RETRY,
        REFUSED,
        GONE
    }

    public static Delivery sent() {
        return new Delivery(Result.SENT, null, null);
    }

    public static Delivery retry(String detail, Duration retryAfter) {
        return new Delivery(Result.RETRY, detail, retryAfter);
    }

    public static Delivery refused(String detail) {
        return new Delivery(Result.REFUSED, detail, null);
    }

    public static Delivery gone(String detail) {
        return new Delivery(Result.GONE, detail, null);
    }
}
