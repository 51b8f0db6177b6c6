package dev.riyaz.account;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.ApiException;

/** Checks an e-mail address and password, throttled; the single place where passwords are verified. */
@ApplicationScoped
class Credentials {

    private final LoginThrottle throttle;
    private final LoginClients clients;
    private final PasswordHasher hasher;

    Credentials(LoginThrottle throttle, LoginClients clients, PasswordHasher hasher) {
        this.throttle = throttle;
        this.clients = clients;
        this.hasher = hasher;
    }

    /** The account for these credentials; 401 when they are wrong, 429 when there were too many failures. */
    User verify(String email, String password) {
        String normalized = User.normalizeEmail(email == null ? "" : email);
        LoginClient client = clients.current(normalized);
        throttle.check(normalized, client);
        User user = User.findByEmail(normalized).orElse(null);
        boolean ok;
        if (user == null) {
            hasher.burnTime(password == null ? "" : password);
            ok = false;
        } else {
            ok = password != null && hasher.matches(password, user.passwordHash);
        }
        if (!ok) {
            throttle.recordFailure(normalized, client);
            throw new ApiException(
                    401,
                    "Unauthorized",
                    "That e-mail address and password do not match.",
                    java.util.List.of(),
                    java.util.Map.of("WWW-Authenticate", "Bearer realm=\"riyaz\""));
        }
        throttle.recordSuccess(normalized, client);
        return user;
    }

    /**
     * Checks a signed-in person's own password again before something that cannot be undone; guesses are counted and
     * throttled like log-ins (429 when there were too many), a wrong password is a 422 on the {@code password} field.
     */
    void confirm(User user, String password) {
        LoginClient client = clients.current(user.email);
        throttle.check(user.email, client);
        if (password == null || password.isEmpty() || !hasher.matches(password, user.passwordHash)) {
            throttle.recordFailure(user.email, client);
            throw ApiException.invalid("password", "That is not your password. Type the one you log in with.");
        }
    }
}
