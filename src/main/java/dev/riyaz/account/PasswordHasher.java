package dev.riyaz.account;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

/**
 * bcrypt hashing. Passwords longer than bcrypt's 72 bytes are first reduced with SHA-512, so every character counts.
 * Unknown e-mail addresses are checked against a dummy hash so timing does not reveal them. */
@ApplicationScoped
class PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final String dummyHash;

    PasswordHasher(AccountConfig config) {
        this.cost = config.bcryptCost();
        this.dummyHash = hash("riyaz-dummy-password");
    }

    String hash(String password) {
        return BCrypt.with(VERSION, new java.security.SecureRandom(), LONG_PASSWORDS)
                .hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS)
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the same time as a real check, for accounts that do not exist. */
    void burnTime(String password) {
        matches(password, dummyHash);
    }
}
