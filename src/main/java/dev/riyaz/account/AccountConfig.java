package dev.riyaz.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for accounts, sessions and log-in throttling ({@code riyaz.account.*}). */
@ConfigMapping(prefix = "riyaz.account")
interface AccountConfig {

    /** Whether strangers may sign up. */
    Registration registration();

    /** bcrypt work factor for new password hashes; 12 or more in production. */
    @WithDefault("12")
    int bcryptCost();

    /** How long a browser stays signed in without coming back. */
    Duration sessionLifetime();

    /** Mark cookies Secure even when the request reached us over plain HTTP (behind a TLS proxy). */
    @WithDefault("false")
    boolean secureCookies();

    /** Failed log-ins allowed per account and client within {@link #loginWindow()} before that client gets 429. */
    @WithDefault("10")
    int loginAttempts();

    /**
     * Failed log-ins allowed per account from all clients that are not its known devices together, within the window;
     * past that, only its known devices can log in until the window passes.
     */
    @WithDefault("50")
    int loginAttemptsFromStrangers();

    @WithDefault("PT15M")
    Duration loginWindow();

    enum Registration {
        open,
        closed
    }
}
