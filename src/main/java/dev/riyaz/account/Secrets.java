package dev.riyaz.account;

import java.security.SecureRandom;
import java.util.Base64;

import dev.riyaz.common.Hashes;

/** Random secrets for cookies and tokens, and the SHA-256 hashes under which they are stored. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String secret) {
        return Hashes.sha256(secret);
    }
}
