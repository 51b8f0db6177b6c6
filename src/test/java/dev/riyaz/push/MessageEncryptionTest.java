package dev.riyaz.push;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import org.junit.jupiter.api.Test;

import static dev.riyaz.push.P256.base64;
import static dev.riyaz.push.P256.unbase64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The message encryption against the worked example of RFC 8291 (section 5 and Appendix A). */
class MessageEncryptionTest {

    // The example's inputs, as printed in the RFC (line breaks joined).
    static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";

    // Its intermediate values and the message it ends with.
    static final String ECDH_SECRET = "kyrL1jIIOHEzg3sM2ZWRHDRB62YACZhhSlknJ672kSs";
    static final String CEK = "oIhVW04MRdy2XN9CiKLxTg";
    static final String NONCE = "4h_95klXJ5E_qnoN";
    static final String HEADER =
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String CIPHERTEXT = "8pfeW0KbunFT06SuDKoJH9Ql87S1QUrdirN6GcG7sFz1y1sqLgVi1VhjVkHsUoEsbI_0LpXMuGvnzQ";
    static final String MESSAGE = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
            + "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
            + "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    @Test
    void theWorkedExampleEncryptsByteForByte() {
        byte[] body = MessageEncryption.encrypt(
                PLAINTEXT.getBytes(StandardCharsets.US_ASCII),
                unbase64(UA_PUBLIC),
                unbase64(AUTH_SECRET),
                serverKeys(),
                unbase64(SALT));

        assertThat(base64(body)).isEqualTo(MESSAGE);
        assertThat(base64(java.util.Arrays.copyOf(body, 86))).isEqualTo(HEADER);
        assertThat(base64(java.util.Arrays.copyOfRange(body, 86, body.length))).isEqualTo(CIPHERTEXT);
    }

    @Test
    void theIntermediateValuesAreTheRfcs() {
        byte[] ecdh =
                MessageEncryption.agree((ECPrivateKey) serverKeys().getPrivate(), P256.publicKey(unbase64(UA_PUBLIC)));
        byte[][] keys = MessageEncryption.contentKeys(
                ecdh, unbase64(AUTH_SECRET), unbase64(UA_PUBLIC), unbase64(AS_PUBLIC), unbase64(SALT));

        assertThat(base64(ecdh)).isEqualTo(ECDH_SECRET);
        assertThat(base64(keys[0])).isEqualTo(CEK);
        assertThat(base64(keys[1])).isEqualTo(NONCE);
    }

    @Test
    void theBrowsersKeyReadsTheExampleMessage() {
        byte[] plain = MessageEncryption.decrypt(
                unbase64(MESSAGE), P256.privateKey(unbase64(UA_PRIVATE)), unbase64(UA_PUBLIC), unbase64(AUTH_SECRET));

        assertThat(new String(plain, StandardCharsets.US_ASCII)).isEqualTo(PLAINTEXT);
    }

    @Test
    void everyMessageHasItsOwnKeyAndSaltAndOnlyTheSubscriberReadsIt() {
        KeyPair browser = P256.generate();
        byte[] uaPublic = P256.encode((ECPublicKey) browser.getPublic());
        byte[] auth = unbase64(AUTH_SECRET);
        byte[] text = "{\"title\":\"Python\"}".getBytes(StandardCharsets.UTF_8);

        byte[] first = MessageEncryption.encrypt(text, uaPublic, auth);
        byte[] second = MessageEncryption.encrypt(text, uaPublic, auth);

        assertThat(first).isNotEqualTo(second);
        assertThat(MessageEncryption.decrypt(first, (ECPrivateKey) browser.getPrivate(), uaPublic, auth))
                .isEqualTo(text);
        ECPrivateKey stranger = (ECPrivateKey) P256.generate().getPrivate();
        assertThatThrownBy(() -> MessageEncryption.decrypt(first, stranger, uaPublic, auth))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPointOffTheCurveOrATooLongMessageIsRefused() {
        byte[] offCurve = unbase64(UA_PUBLIC);
        offCurve[64] ^= 1;
        byte[] auth = unbase64(AUTH_SECRET);

        assertThatThrownBy(() -> MessageEncryption.encrypt(new byte[1], offCurve, auth))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not on the P-256 curve");
        assertThatThrownBy(() -> MessageEncryption.encrypt(
                        new byte[MessageEncryption.MAX_PLAINTEXT + 1], unbase64(UA_PUBLIC), auth))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageEncryption.encrypt(new byte[MessageEncryption.MAX_PLAINTEXT], unbase64(UA_PUBLIC), auth))
                .hasSize(MessageEncryption.RECORD_SIZE);
    }

    private static KeyPair serverKeys() {
        return new KeyPair(P256.publicKey(unbase64(AS_PUBLIC)), P256.privateKey(unbase64(AS_PRIVATE)));
    }
}
