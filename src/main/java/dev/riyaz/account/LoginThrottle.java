package dev.riyaz.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.common.ApiException;

/**
 * Slows down password guessing: after too many failed log-ins for one e-mail address within the window, every attempt
 * is answered 429 until the window passes. Counts live in the database, so the limit holds across nodes.
 */
@ApplicationScoped
class LoginThrottle {

    private final AccountConfig config;
    private final Clock clock;

    LoginThrottle(AccountConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Throws a 429 with {@code Retry-After} when this address has used up its attempts. */
    @Transactional
    void check(String email) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(config.loginWindow());
        if (LoginFailure.countSince(email, windowStart) < config.loginAttempts()) {
            return;
        }
        Instant oldest = LoginFailure.oldestSince(email, windowStart).orElse(now);
        long seconds = Math.max(
                1, Duration.between(now, oldest.plus(config.loginWindow())).toSeconds() + 1);
        throw new ApiException(
                429,
                "Too many attempts",
                "Too many failed log-ins. Try again in " + minutes(seconds) + ".",
                List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String email) {
        LoginFailure failure = new LoginFailure();
        failure.email = email;
        failure.failedAt = clock.instant();
        failure.persist();
    }

    @Transactional
    void recordSuccess(String email) {
        LoginFailure.clear(email);
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
