package dev.riyaz.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Browser sessions kept in the database. Each request checks its session row, so logging out or changing the password
 * ends sessions on every device and every node at once.
 */
@ApplicationScoped
public class SessionService {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final KnownDevices devices;
    private final SignInLookup signIns;
    private final AccountConfig config;
    private final Clock clock;

    SessionService(
            Credentials credentials, KnownDevices devices, SignInLookup signIns, AccountConfig config, Clock clock) {
        this.credentials = credentials;
        this.devices = devices;
        this.signIns = signIns;
        this.config = config;
        this.clock = clock;
    }

    /** A new session's secret, and a new known-device secret when this browser had none for the account. */
    public record NewSession(String secret, Optional<String> device) {}

    /** Checks the password (throttled) and starts a session. */
    @Transactional
    public NewSession logIn(String email, String password) {
        return start(credentials.verify(email, password));
    }

    /** Starts a session for someone who just proved who they are (sign-up), in a browser now known to the account. */
    @Transactional
    NewSession start(User user) {
        String secret = Secrets.random();
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.user = user;
        session.tokenHash = Secrets.sha256(secret);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.sessionLifetime());
        session.persist();
        return new NewSession(secret, devices.remember(user));
    }

    /**
     * The person a session cookie belongs to, if the session has not ended; a visit more than five minutes after the
     * last one keeps the session alive for another lifetime.
     */
    Optional<AuthenticatedUser> authenticate(String secret) {
        Instant now = clock.instant();
        return signIns.session(Secrets.sha256(secret))
                .filter(s -> s.validAt(now))
                .map(s -> {
                    if (s.unnotedFor(TOUCH_EVERY, now)) {
                        signIns.touchSession(s.id(), now, now.plus(config.sessionLifetime()));
                    }
                    return s.user();
                });
    }

    /** Logging out ends every session of this person, on every device. */
    @Transactional
    public void logOut(AuthenticatedUser user) {
        UserSession.deleteAllOf(User.getEntityManager().getReference(User.class, user.id()));
    }

    @Transactional
    void endOtherSessions(User user, Long keepSessionId) {
        if (keepSessionId == null) {
            UserSession.deleteAllOf(user);
        } else {
            UserSession.deleteAllOfExcept(user, keepSessionId);
        }
    }

    public Duration lifetime() {
        return config.sessionLifetime();
    }

    public boolean secureCookies() {
        return config.secureCookies();
    }
}
