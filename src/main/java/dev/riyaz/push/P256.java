package dev.riyaz.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keys on the NIST P-256 curve as Web Push writes them: a public key is the 65-byte uncompressed point
 * ({@code 0x04 || x || y}), a private key the 32-byte scalar, both in base64url without padding.
 */
public final class P256 {

    /** The length of an uncompressed public key. */
    public static final int PUBLIC_KEY_BYTES = 65;

    static final ECParameterSpec CURVE = curve();

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private P256() {}

    /** A fresh key pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no P-256 curve", e);
        }
    }

    /** The uncompressed point of a public key. */
    public static byte[] encode(ECPublicKey key) {
        byte[] out = new byte[PUBLIC_KEY_BYTES];
        out[0] = 0x04;
        fixed(key.getW().getAffineX(), out, 1);
        fixed(key.getW().getAffineY(), out, 33);
        return out;
    }

    /** The 32-byte scalar of a private key. */
    public static byte[] encode(ECPrivateKey key) {
        byte[] out = new byte[32];
        fixed(key.getS(), out, 0);
        return out;
    }

    /**
     * The public key of an uncompressed point, checked to lie on the curve: a point off the curve could leak the
     * private key it is combined with. Refuses anything else with an {@link IllegalArgumentException}.
     */
    public static ECPublicKey publicKey(byte[] point) {
        if (point == null || point.length != PUBLIC_KEY_BYTES || point[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed P-256 point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (!onCurve(x, y)) {
            throw new IllegalArgumentException("the point is not on the P-256 curve");
        }
        try {
            return (ECPublicKey)
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key", e);
        }
    }

    /** The private key of a 32-byte scalar. */
    public static ECPrivateKey privateKey(byte[] scalar) {
        BigInteger s = new BigInteger(1, scalar);
        if (scalar.length != 32 || s.signum() == 0 || s.compareTo(CURVE.getOrder()) >= 0) {
            throw new IllegalArgumentException("not a P-256 private key");
        }
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key", e);
        }
    }

    public static String base64(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Decodes base64url, with or without padding; {@link IllegalArgumentException} for anything else. */
    public static byte[] unbase64(String text) {
        return DECODER.decode(text);
    }

    static boolean onCurve(BigInteger x, BigInteger y) {
        EllipticCurve curve = CURVE.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right =
                x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return left.equals(right);
    }

    private static void fixed(BigInteger value, byte[] out, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, offset + 32 - length, length);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no P-256 curve", e);
        }
    }
}
