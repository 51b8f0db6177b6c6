package dev.riyaz.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Problem;
import dev.riyaz.common.TimeZones;
import dev.riyaz.common.Validation;
import dev.riyaz.common.Weekdays;

/** Signing up and changing one's own account. */
@ApplicationScoped
public class AccountService {

    private final Validation validation;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final AccountConfig config;
    private final Clock clock;
    private final Event<AccountChanged> changed;
    private final Credentials credentials;
    private final Event<AccountDeleting> deleting;

    AccountService(
            Validation validation,
            PasswordHasher hasher,
            SessionService sessions,
            AccountConfig config,
            Clock clock,
            Event<AccountChanged> changed,
            Credentials credentials,
            Event<AccountDeleting> deleting) {
        this.validation = validation;
        this.hasher = hasher;
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
        this.changed = changed;
        this.credentials = credentials;
        this.deleting = deleting;
    }

    public boolean registrationOpen() {
        return config.registration() == AccountConfig.Registration.open;
    }

    /** Creates an account; 403 when registration is closed, 409 when the address is taken. */
    @Transactional
    public AccountView signUp(AccountRequests.SignUp request) {
        return AccountView.of(create(request));
    }

    /** Creates an account and signs the browser in; returns the session secret for the cookie. */
    @Transactional
    public SessionService.NewSession signUpAndLogIn(AccountRequests.SignUp request) {
        return sessions.start(create(request));
    }

    @Transactional
    public AccountView get(long userId) {
        return AccountView.of(load(userId));
    }

    @Transactional
    public AccountView update(long userId, AccountRequests.Update request) {
        validation.check(request);
        User user = load(userId);
        if (request.displayName() != null) {
            user.displayName = request.displayName().trim();
        }
        if (request.timeZone() != null) {
            user.timeZone = zone(request.timeZone());
        }
        if (request.dayStartHour() != null) {
            user.dayStartHour = request.dayStartHour();
        }
        if (request.firstDayOfWeek() != null) {
            if (!Weekdays.FIRST_DAY_CHOICES.contains(request.firstDayOfWeek())) {
                throw ApiException.invalid("firstDayOfWeek", "Use MON, SAT or SUN.");
            }
            user.firstDayOfWeek = request.firstDayOfWeek();
        }
        changed.fire(new AccountChanged(user.id));
        return AccountView.of(user);
    }

    /** Changes the password and ends every other session of this person; the current one stays signed in. */
    @Transactional
    public void changePassword(AuthenticatedUser who, AccountRequests.ChangePassword request) {
        validation.check(request);
        User user = load(who.id());
        if (!hasher.matches(request.currentPassword(), user.passwordHash)) {
            throw ApiException.invalid("currentPassword", "That is not your current password.");
        }
        user.passwordHash = hasher.hash(request.newPassword());
        sessions.endOtherSessions(user, who.sessionId());
    }

    /**
     * Deletes the account and every row kept for the person, in one transaction: each room deletes its own rows on
     * {@link AccountDeleting}, then the sessions (the cookie stops working), access tokens, known browsers, failed
     * log-ins and the person go. The password is checked first, throttled like a log-in; a wrong one or a missing
     * confirmation is a 422 and nothing is deleted. The account row stays locked meanwhile, so nothing new is written
     * for the person halfway through.
     */
    @Transactional
    public void delete(AuthenticatedUser who, AccountRequests.DeleteAccount request) {
        if (!request.confirmed()) {
            throw ApiException.invalid("confirmed", "Tick the box to say you want everything deleted.");
        }
        User user = User.<User>findByIdOptional(who.id(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("account"));
        credentials.confirm(user, request.password());
        // Everything from here on is a bulk delete: write what is pending first, forget what was loaded afterwards.
        User.getEntityManager().flush();
        deleting.fire(new AccountDeleting(user.id, user.email));
        UserSession.deleteAllOf(user);
        AccessToken.deleteAllOf(user);
        KnownDevice.deleteAllOf(user);
        LoginFailure.deleteAllFor(user.email);
        User.delete("id", user.id);
        User.getEntityManager().clear();
    }

    /** Whether the person has finished or skipped the welcome flow for new accounts. */
    @Transactional
    public boolean welcomed(long userId) {
        return load(userId).welcomedAt != null;
    }

    /**
     * Marks the welcome flow as done, once: false when it already was. The account row stays locked until the
     * caller's transaction ends, so a second click on "Start" waits for the first and then finds it done.
     */
    @Transactional
    public boolean markWelcomed(long userId) {
        User user = User.<User>findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("account"));
        if (user.welcomedAt != null) {
            return false;
        }
        user.welcomedAt = clock.instant();
        return true;
    }

    private User create(AccountRequests.SignUp request) {
        if (!registrationOpen()) {
            throw new ApiException(403, "Registration closed", "This Riyaz server does not accept new accounts.");
        }
        validation.check(request);
        String email = User.normalizeEmail(request.email());
        String zone = zone(request.timeZone());
        if (User.findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        User user = new User();
        user.email = email;
        user.displayName = request.displayName().trim();
        user.passwordHash = hasher.hash(request.password());
        user.timeZone = zone;
        user.dayStartHour = 0;
        user.createdAt = clock.instant();
        try {
            user.persistAndFlush();
        } catch (PersistenceException e) {
            // Two sign-ups with one address at the same moment: the unique key lets only one through.
            throw emailTaken();
        }
        changed.fire(new AccountChanged(user.id));
        return user;
    }

    private static ApiException emailTaken() {
        return new ApiException(
                409,
                "Conflict",
                "An account with this e-mail address already exists.",
                List.of(new Problem.FieldError(
                        "email", "An account with this e-mail address already exists. Try logging in.")),
                Map.of());
    }

    private static String zone(String id) {
        return TimeZones.parse(id)
                .map(ZoneId::getId)
                .orElseThrow(
                        () -> ApiException.invalid("timeZone", "Choose a time zone from the list, like Asia/Kolkata."));
    }

    private static User load(long userId) {
        return User.<User>findByIdOptional(userId).orElseThrow(() -> ApiException.notFound("account"));
    }
}
