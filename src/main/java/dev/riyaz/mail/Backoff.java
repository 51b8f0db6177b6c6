package dev.riyaz.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail that the server did not take is tried again: {@code first} after the first failure, then twice as long
 * after each further failure, never longer than {@code max}; a mail still not sent {@code giveUpAfter} after it was
 * queued is given up.
 */
record Backoff(Duration first, Duration max, Duration giveUpAfter) {

    static Backoff of(MailConfig config) {
        return new Backoff(config.retryFirst(), config.retryMax(), config.giveUpAfter());
    }

    /** The wait before the next try after this many failures (1 for the first). */
    Duration wait(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Whether a mail queued at {@code queuedAt} that failed again at {@code now} is given up. */
    boolean givesUp(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(giveUpAfter));
    }
}
