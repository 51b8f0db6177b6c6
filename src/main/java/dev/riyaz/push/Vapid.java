package dev.riyaz.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.AppConfig;

/**
 * The {@code Authorization} header of a push (RFC 8292): {@code vapid t=<JWT>, k=<public key>}, where the JWT is
 * signed with ES256 by the server's VAPID key and names the push service's origin ({@code aud}), when it stops being
 * valid ({@code exp}, 12 hours ahead: push services refuse more than 24) and whom to contact ({@code sub}).
 */
@ApplicationScoped
public class Vapid {

    /** How long a signed header stays valid. */
    static final Duration LIFETIME = Duration.ofHours(12);

    /**
     * A signed token is used again for the same push service until this little of its lifetime is left: signing on
     * every push costs an ECDSA signature each, and a token that is about to expire could lapse on the way.
     */
    static final Duration RENEW_BEFORE = Duration.ofHours(1);

    /** A token signed for one audience, and the span in which it is used again. */
    private record Signed(String token, Instant issuedAt, Instant renewAt) {

        boolean usableAt(Instant now) {
            // A clock set back (tests) or a token near its end makes a new one.
            return !now.isBefore(issuedAt) && now.isBefore(renewAt);
        }
    }

    /** Bounds the cache: push services are a handful of origins; a flood of others only clears it. */
    private static final int MAX_AUDIENCES = 100;

    private static final String HEADER =
            P256.base64("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    private final VapidKeys keys;
    private final PushConfig config;
    private final AppConfig app;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    Vapid(VapidKeys keys, PushConfig config, AppConfig app, Clock clock, ObjectMapper json) {
        this.keys = keys;
        this.config = config;
        this.app = app;
        this.clock = clock;
        this.json = json;
    }

    /** The header value for a push to this endpoint. */
    public String authorization(URI endpoint) {
        return "vapid t=" + token(endpoint) + ", k=" + keys.publicKey();
    }

    /**
     * The signed JWT for a push to this endpoint: the one signed for its push service earlier while it has more than
     * {@link #RENEW_BEFORE} to live, otherwise a new one.
     */
    String token(URI endpoint) {
        String audience = origin(endpoint);
        Instant now = clock.instant();
        Signed known = signed.get(audience);
        if (known != null && known.usableAt(now)) {
            return known.token();
        }
        String token = sign(audience, now);
        if (signed.size() >= MAX_AUDIENCES) {
            signed.clear();
        }
        signed.put(audience, new Signed(token, now, now.plus(LIFETIME).minus(RENEW_BEFORE)));
        return token;
    }

    private String sign(String audience, Instant now) {
        Claims claims = new Claims(audience, now.plus(LIFETIME).getEpochSecond(), subject());
        try {
            String payload = P256.base64(json.writeValueAsBytes(claims));
            String signed = HEADER + "." + payload;
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(keys.pair().getPrivate());
            signer.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + P256.base64(signer.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a VAPID token", e);
        }
    }

    /** The JWT's claims. */
    record Claims(String aud, long exp, String sub) {}

    /** The scheme, host and (when not the scheme's own) port of an address. */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean usual = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }

    private String subject() {
        return config.subject()
                .filter(s -> !s.isBlank())
                .orElseGet(app::baseUrl)
                .strip();
    }
}
