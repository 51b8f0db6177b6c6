package dev.riyaz.push;

import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.testing.PushService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VAPID header (RFC 8292): an ES256 JWT that verifies with the server's public key and names aud, exp and sub. */
class VapidTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void theTokenVerifiesWithThePublicKeyAndNamesAudienceExpiryAndSubject() {
        KeyPair pair = P256.generate();
        Vapid vapid = vapid(configured(pair, "mailto:admin@riyaz.example"));

        String header = vapid.authorization(URI.create("https://fcm.googleapis.com/fcm/send/abc:def?x=1"));
        Map<String, Object> claims = PushService.verifiedVapidClaims(header);

        assertThat(header).endsWith(", k=" + P256.base64(P256.encode((ECPublicKey) pair.getPublic())));
        assertThat(claims)
                .containsEntry("aud", "https://fcm.googleapis.com")
                .containsEntry("sub", "mailto:admin@riyaz.example");
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(exp)
                .isGreaterThan(NOW.getEpochSecond())
                .isLessThanOrEqualTo(NOW.plus(Duration.ofHours(24)).getEpochSecond());
    }

    @Test
    void theSubjectIsTheBaseAddressUnlessConfiguredAndTheAudienceKeepsAnUnusualPort() {
        Vapid vapid = vapid(configured(P256.generate(), null));

        Map<String, Object> claims =
                PushService.verifiedVapidClaims(vapid.authorization(URI.create("https://Push.Example:8443/p/1")));

        assertThat(claims)
                .containsEntry("aud", "https://push.example:8443")
                .containsEntry("sub", "https://riyaz.example");
    }

    @Test
    void aSignatureByAnotherKeyDoesNotVerify() {
        Vapid vapid = vapid(configured(P256.generate(), null));
        String header = vapid.authorization(URI.create("https://push.example/p/1"));
        String stranger = P256.base64(P256.encode((ECPublicKey) P256.generate().getPublic()));

        assertThatThrownBy(() -> PushService.verifiedVapidClaims(header.replaceFirst("k=.*", "k=" + stranger)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void configuredKeysThatDoNotBelongTogetherOrOnlyOneOfThemStopTheStart() {
        KeyPair one = P256.generate();
        KeyPair other = P256.generate();
        PushConfig mixed = config(
                P256.base64(P256.encode((ECPublicKey) one.getPublic())),
                P256.base64(P256.encode((ECPrivateKey) other.getPrivate())),
                null);
        PushConfig half = config(P256.base64(P256.encode((ECPublicKey) one.getPublic())), null, null);

        assertThatThrownBy(() -> keys(mixed).publicKey()).hasMessageContaining("not the public key");
        assertThatThrownBy(() -> keys(half).publicKey()).hasMessageContaining("Set both");
        assertThat(keys(configured(one, null)).publicKey())
                .isEqualTo(P256.base64(P256.encode((ECPublicKey) one.getPublic())));
    }

    static VapidKeys keys(PushConfig config) {
        return new VapidKeys(config, CLOCK);
    }

    @Test
    void aTokenIsSignedOncePerPushServiceAndRenewedAnHourBeforeItExpires() {
        PushConfig config = configured(P256.generate(), null);
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        Vapid vapid = new Vapid(keys(config), config, () -> "https://riyaz.example", moving, new ObjectMapper());
        URI fcm = URI.create("https://fcm.googleapis.com/fcm/send/a");

        String first = vapid.token(fcm);
        now[0] = NOW.plus(Duration.ofHours(10));
        assertThat(vapid.token(URI.create("https://fcm.googleapis.com/fcm/send/b")))
                .isEqualTo(first);
        assertThat(vapid.token(URI.create("https://updates.push.services.mozilla.com/wpush/v2/x")))
                .isNotEqualTo(first);

        now[0] = NOW.plus(Duration.ofHours(11));
        String renewed = vapid.token(fcm);
        assertThat(renewed).isNotEqualTo(first);
        long exp = ((Number) PushService.verifiedVapidClaims("vapid t=" + renewed + ", k="
                                + vapid.authorization(fcm).replaceFirst(".*k=", ""))
                        .get("exp"))
                .longValue();
        assertThat(exp).isEqualTo(now[0].plus(Vapid.LIFETIME).getEpochSecond());
    }

    static Vapid vapid(PushConfig config) {
        return new Vapid(keys(config), config, () -> "https://riyaz.example", CLOCK, new ObjectMapper());
    }

    static PushConfig configured(KeyPair pair, String subject) {
        return config(
                P256.base64(P256.encode((ECPublicKey) pair.getPublic())),
                P256.base64(P256.encode((ECPrivateKey) pair.getPrivate())),
                subject);
    }

    static PushConfig config(String publicKey, String privateKey, String subject) {
        return new PushConfig() {
            @Override
            public VapidSettings vapid() {
                return new VapidSettings() {
                    @Override
                    public Optional<String> publicKey() {
                        return Optional.ofNullable(publicKey);
                    }

                    @Override
                    public Optional<String> privateKey() {
                        return Optional.ofNullable(privateKey);
                    }
                };
            }

            @Override
            public Optional<String> subject() {
                return Optional.ofNullable(subject);
            }

            @Override
            public boolean allowLoopback() {
                return true;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public int maxDevices() {
                return 20;
            }
        };
    }
}
