package dev.riyaz.push;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends one message to one device (RFC 8030): encrypted for the browser (RFC 8291), signed for the push service
 * (RFC 8292 VAPID), POSTed with {@code TTL} and {@code Urgency}. The one door the outbox uses: it calls
 * {@link #send} outside any transaction and acts on the {@link PushResult}. A device the push service says is gone is
 * removed here; a delivery is recorded on the device.
 */
@ApplicationScoped
public class PushSender {

    /** How soon the browser should be woken (RFC 8030 section 5.3). */
    public enum Urgency {
        VERY_LOW("very-low"),
        LOW("low"),
        NORMAL("normal"),
        HIGH("high");

        final String header;

        Urgency(String header) {
            this.header = header;
        }
    }

    /** The longest a push service is asked to keep an undelivered message. */
    static final Duration MAX_TTL = Duration.ofDays(28);

    private final PushDevices devices;
    private final PushEndpoints endpoints;
    private final Vapid vapid;
    private final PushConfig config;
    private final ObjectMapper json;

    PushSender(PushDevices devices, PushEndpoints endpoints, Vapid vapid, PushConfig config, ObjectMapper json) {
        this.devices = devices;
        this.endpoints = endpoints;
        this.vapid = vapid;
        this.config = config;
        this.json = json;
    }

    /**
     * Sends the message to the device and says how it went. {@code ttl} is how long the push service may hold it for a
     * browser that is offline (a reminder is of no use the next day). Never throws for a network or push service
     * failure: those are {@link PushResult.Outcome#RETRY_LATER}.
     */
    public PushResult send(long deviceId, PushMessage message, Duration ttl, Urgency urgency) {
        PushDevices.Target target = devices.target(deviceId).orElse(null);
        if (target == null) {
            return PushResult.noDevice();
        }
        byte[] body = MessageEncryption.encrypt(plaintext(message), target.p256dh(), target.auth());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("TTL", Long.toString(Math.max(0, Math.min(ttl.toSeconds(), MAX_TTL.toSeconds()))));
        headers.put("Urgency", urgency.header);
        headers.put("Content-Encoding", "aes128gcm");
        headers.put("Content-Type", "application/octet-stream");
        headers.put("Authorization", vapid.authorization(target.endpoint()));
        PushResult result;
        try {
            InetAddress address = endpoints.address(target.endpoint());
            PushPost.Answer answer = PushPost.post(
                    target.endpoint(), address, headers, body, config.connectTimeout(), config.requestTimeout());
            result = PushResult.of(answer.status(), answer.retryAfter());
        } catch (IOException e) {
            Log.debugf("Push to device %d failed: %s", deviceId, e.toString());
            result = PushResult.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        switch (result.outcome()) {
            case DELIVERED -> devices.delivered(deviceId);
            case GONE -> devices.gone(deviceId);
            default -> Log.infof("Push to device %d not delivered: %s", deviceId, result.detail());
        }
        return result;
    }

    private byte[] plaintext(PushMessage message) {
        try {
            byte[] bytes = json.writeValueAsBytes(message);
            if (bytes.length > MessageEncryption.MAX_PLAINTEXT) {
                throw new IllegalArgumentException("a push message is at most " + MessageEncryption.MAX_PLAINTEXT
                        + " bytes of JSON, not " + bytes.length);
            }
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
