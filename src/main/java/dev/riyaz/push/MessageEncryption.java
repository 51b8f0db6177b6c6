package dev.riyaz.push;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Web Push message encryption (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188), with the JDK alone:
 * ECDH on P-256 between a fresh key pair and the browser's key, HKDF-SHA256 mixing in the browser's auth secret,
 * then AES-128-GCM over the message in one record. Only the browser that subscribed can read what comes out; the push
 * service in between sees bytes.
 */
public final class MessageEncryption {

    /** The record size written in the header; one record carries the whole message. */
    static final int RECORD_SIZE = 4096;

    /** The longest message that fits one record: the record less the tag (16) and the padding delimiter (1). */
    public static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1 - 86;

    /** The auth secret's length (RFC 8291 section 3.2). */
    public static final int AUTH_SECRET_BYTES = 16;

    private static final int SALT_BYTES = 16;
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageEncryption() {}

    /** The message body for one subscription, with a fresh key pair and salt (never reuse either). */
    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, uaPublic, authSecret, P256.generate(), salt);
    }

    /** The same with a given key pair and salt: only the RFC's worked example should pass them in. */
    static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair asKeys, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        if (authSecret.length != AUTH_SECRET_BYTES || salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("the auth secret and the salt are 16 bytes each");
        }
        ECPublicKey ua = P256.publicKey(uaPublic);
        byte[] asPublic = P256.encode((ECPublicKey) asKeys.getPublic());
        byte[] ecdh = agree((ECPrivateKey) asKeys.getPrivate(), ua);
        byte[][] keys = contentKeys(ecdh, authSecret, uaPublic, asPublic, salt);
        byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
        record[plaintext.length] = 0x02; // the last (and only) record's delimiter, no further padding
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, keys[0], keys[1], record);
        ByteBuffer body = ByteBuffer.allocate(SALT_BYTES + 4 + 1 + asPublic.length + sealed.length);
        body.put(salt)
                .putInt(RECORD_SIZE)
                .put((byte) asPublic.length)
                .put(asPublic)
                .put(sealed);
        return body.array();
    }

    /**
     * Reads a message as the browser would, with the subscription's private key: what tests use to check what a push
     * service received. {@link IllegalArgumentException} when it does not decrypt.
     */
    public static byte[] decrypt(byte[] body, ECPrivateKey uaPrivate, byte[] uaPublic, byte[] authSecret) {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[SALT_BYTES];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] asPublic = new byte[in.get() & 0xff];
        in.get(asPublic);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        if (sealed.length > recordSize) {
            throw new IllegalArgumentException("more than one record");
        }
        byte[] ecdh = agree(uaPrivate, P256.publicKey(asPublic));
        byte[][] keys = contentKeys(ecdh, authSecret, uaPublic, asPublic, salt);
        byte[] record = gcm(Cipher.DECRYPT_MODE, keys[0], keys[1], sealed);
        int end = record.length - 1;
        while (end >= 0 && record[end] == 0) {
            end--;
        }
        if (end < 0 || record[end] != 0x02) {
            throw new IllegalArgumentException("no last-record delimiter");
        }
        return Arrays.copyOf(record, end);
    }

    /** The content encryption key and the nonce (RFC 8291 section 3.4, RFC 8188 section 2.2). */
    static byte[][] contentKeys(byte[] ecdh, byte[] authSecret, byte[] uaPublic, byte[] asPublic, byte[] salt) {
        byte[] keyInfo = concat(KEY_INFO, uaPublic, asPublic);
        byte[] ikm = expand(hmac(authSecret, ecdh), keyInfo, 32);
        byte[] prk = hmac(salt, ikm);
        return new byte[][] {expand(prk, CEK_INFO, 16), expand(prk, NONCE_INFO, 12)};
    }

    static byte[] agree(ECPrivateKey mine, ECPublicKey theirs) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(mine);
            agreement.doPhase(theirs, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("no shared secret with that key", e);
        }
    }

    /** HKDF-Expand for at most one block (32 bytes), all Web Push needs. */
    private static byte[] expand(byte[] prk, byte[] info, int length) {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AES-GCM failed", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
