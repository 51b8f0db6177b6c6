package dev.riyaz.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

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

    private static final String HEADER =
            P256.base64("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    private final VapidKeys keys;
    private final PushConfig config;
    private final AppConfig app;
    private final Clock clock;
    private final ObjectMapper json;

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

    /** The signed JWT for a push to this endpoint. */
    String token(URI endpoint) {
        Claims claims =
                new Claims(origin(endpoint), clock.instant().plus(LIFETIME).getEpochSecond(), subject());
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
