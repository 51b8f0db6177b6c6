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
 * Slows down password guessing without letting the guesser lock the owner out. Failed log-ins are counted per account
 * and client: after {@code login-attempts} failures from one address (or one known device) within the window, that
 * client gets 429 until the window passes, while the owner elsewhere is not affected. All addresses together may fail
 * {@code login-attempts-from-strangers} times per account and window (so a guesser with many addresses still gets few
 * guesses); past that, only browsers that have signed in to the account before can still log in. Signed-in sessions
 * never pass through here. Counts live in the database, so the limits hold across nodes.
 */
@ApplicationScoped
class LoginThrottle {

    private final AccountConfig config;
    private final Clock clock;

    LoginThrottle(AccountConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Throws a 429 with {@code Retry-After} when this client may not try again yet. */
    @Transactional
    void check(String email, LoginClient client) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(config.loginWindow());
        if (LoginFailure.countSince(email, client.key(), windowStart) >= config.loginAttempts()) {
            throw tooMany(
                    now,
                    LoginFailure.oldestSince(email, client.key(), windowStart).orElse(now));
        }
        if (!client.knownDevice()
                && LoginFailure.countFromStrangersSince(email, windowStart) >= config.loginAttemptsFromStrangers()) {
            throw tooMany(
                    now, LoginFailure.oldestSince(email, null, windowStart).orElse(now));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String email, LoginClient client) {
        LoginFailure failure = new LoginFailure();
        failure.email = email;
        failure.client = client.key();
        failure.failedAt = clock.instant();
        failure.persist();
    }

    /** The right password starts this client's count again (not other clients'). */
    @Transactional
    void recordSuccess(String email, LoginClient client) {
        LoginFailure.clear(email, client.key());
    }

    private ApiException tooMany(Instant now, Instant oldest) {
        long seconds = Math.max(
                1, Duration.between(now, oldest.plus(config.loginWindow())).toSeconds() + 1);
        return new ApiException(
                429,
                "Too many attempts",
                "Too many failed log-ins. Try again in " + minutes(seconds) + ".",
                List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
