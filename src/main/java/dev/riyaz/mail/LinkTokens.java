package dev.riyaz.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Signed links in mail that work without logging in: unsubscribe, "log it" and snooze. A token names what it does,
 * whose it is and what it acts on, and carries an HMAC-SHA256 of all that under a server secret, so it cannot be
 * forged, altered, or pointed at another person's reminder.
 */
@ApplicationScoped
public class LinkTokens {

    /** What a link does. */
    public enum Action {
        /** Unsubscribe: {@code target} is a reminder id, or 0 for all mail. */
        unsubscribe,
        /** Log practice: {@code target} is a goal id, {@code date} the practice day. */
        log,
        /** Remind again in an hour: {@code target} is a reminder id, {@code date} the practice day. */
        snooze
    }

    /** What a valid token says. {@code date} is an ISO date or empty. */
    public record Claim(Action action, long userId, long target, String date) {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final MailConfig config;
    private final Clock clock;
    private volatile byte[] key;

    LinkTokens(MailConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public String sign(Claim claim) {
        String payload = String.join(
                ".", claim.action().name(), Long.toString(claim.userId()), Long.toString(claim.target()), claim.date());
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /** The claim of a token this server signed; empty for anything else, however it was changed. */
    public Optional<Claim> verify(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(
                    new Claim(Action.valueOf(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One keyed Mac per thread: a mail carries three signed links, and a busy minute sends many thousands. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private byte[] mac(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = config.secret()
                    .filter(secret -> !secret.isBlank())
                    .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::storedKey);
            key = current;
        }
        return current;
    }

    /** The key kept in the database, made on first use; when two nodes race to make it, both end up with one. */
    private byte[] storedKey() {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                String secret = QuarkusTransaction.requiringNew().call(() -> {
                    AppSecret found = AppSecret.findById("links");
                    if (found != null) {
                        return found.secret;
                    }
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    AppSecret made = new AppSecret();
                    made.name = "links";
                    made.secret = ENCODER.encodeToString(random);
                    made.createdAt = clock.instant();
                    made.persist();
                    return made.secret;
                });
                return DECODER.decode(secret);
            } catch (PersistenceException | QuarkusTransactionException e) {
                // another node made it first: read theirs
            }
        }
        throw new IllegalStateException("could not read or make the key that signs links in mail");
    }
}
