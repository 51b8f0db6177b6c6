package dev.riyaz.push;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * This server's VAPID key pair (RFC 8292): browsers subscribe with its public key, and push services accept a message
 * only when it is signed by the private one. Every node must use the same pair, so it comes from configuration (set
 * on every node) or from one database row made on first use, as the key that signs links in mail is.
 */
@ApplicationScoped
public class VapidKeys {

    private final PushConfig config;
    private final Clock clock;
    private volatile KeyPair keys;

    VapidKeys(PushConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The public key as browsers take it ({@code applicationServerKey}): the uncompressed point in base64url. */
    public String publicKey() {
        return P256.base64(P256.encode((ECPublicKey) pair().getPublic()));
    }

    KeyPair pair() {
        KeyPair current = keys;
        if (current == null) {
            current = configured();
            if (current == null) {
                current = stored();
            }
            keys = current;
        }
        return current;
    }

    private KeyPair configured() {
        String publicKey =
                config.vapid().publicKey().filter(key -> !key.isBlank()).orElse(null);
        String privateKey =
                config.vapid().privateKey().filter(key -> !key.isBlank()).orElse(null);
        if (publicKey == null && privateKey == null) {
            return null;
        }
        if (publicKey == null || privateKey == null) {
            throw new IllegalStateException(
                    "Set both riyaz.push.vapid.public-key and riyaz.push.vapid.private-key, or neither");
        }
        KeyPair pair;
        try {
            pair = decode(publicKey.strip(), privateKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("riyaz.push.vapid.*: not a P-256 key pair in base64url", e);
        }
        if (!matches(pair)) {
            throw new IllegalStateException("riyaz.push.vapid.public-key is not the public key of the private key");
        }
        return pair;
    }

    /** The pair kept in the database, made on first use; when two nodes race to make it, both end up with one. */
    private KeyPair stored() {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                VapidKey row = QuarkusTransaction.requiringNew().call(() -> {
                    VapidKey found = VapidKey.findById(VapidKey.NAME);
                    if (found != null) {
                        return found;
                    }
                    KeyPair made = P256.generate();
                    VapidKey key = new VapidKey();
                    key.name = VapidKey.NAME;
                    key.publicKey = P256.base64(P256.encode((ECPublicKey) made.getPublic()));
                    key.privateKey = P256.base64(P256.encode((ECPrivateKey) made.getPrivate()));
                    key.createdAt = clock.instant();
                    key.persist();
                    return key;
                });
                return decode(row.publicKey, row.privateKey);
            } catch (PersistenceException | QuarkusTransactionException e) {
                // another node made it first: read theirs
            }
        }
        throw new IllegalStateException("could not read or make the VAPID key pair");
    }

    private static KeyPair decode(String publicKey, String privateKey) {
        return new KeyPair(P256.publicKey(P256.unbase64(publicKey)), P256.privateKey(P256.unbase64(privateKey)));
    }

    /** Whether the private key signs what the public key verifies. */
    private static boolean matches(KeyPair pair) {
        try {
            byte[] probe = "riyaz".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
