package dev.riyaz.push;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.common.ApiException;

/** A person's devices subscribed to push: added (or renewed) from the browser, listed and removed in Settings. */
@ApplicationScoped
public class PushDevices {

    /** The longest device name kept. */
    static final int MAX_NAME = 100;

    /** A device added or renewed; {@code created} is false when the endpoint was already known and was updated. */
    public record Registered(DeviceView device, boolean created) {}

    /** What a push needs of a device. */
    record Target(long id, URI endpoint, byte[] p256dh, byte[] auth) {}

    private final PushEndpoints endpoints;
    private final PushConfig config;
    private final Clock clock;

    PushDevices(PushEndpoints endpoints, PushConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Adds the browser's subscription, or updates the person's device with the same endpoint (a browser renews its keys
     * now and then). Refuses endpoints the server may not POST to and keys that are not a P-256 point and a 16-byte
     * secret, each with a 422 naming the field.
     */
    @Transactional
    public Registered register(long userId, DeviceRequest request) {
        if (request == null) {
            throw ApiException.invalid("endpoint", "Send the subscription: {name, endpoint, keys: {p256dh, auth}}.");
        }
        String name = name(request.name());
        String endpoint = endpoints.check(request.endpoint()).toString();
        DeviceRequest.Keys keys = request.keys();
        String p256dh = checkedKey(keys == null ? null : keys.p256dh());
        String auth = checkedAuth(keys == null ? null : keys.auth());
        Optional<PushDevice> known = PushDevice.findForOwnerByEndpoint(userId, endpoint);
        PushDevice device = known.orElseGet(PushDevice::new);
        if (known.isEmpty()) {
            if (PushDevice.countForOwner(userId) >= config.maxDevices()) {
                throw ApiException.invalid(
                        "endpoint", "You have " + config.maxDevices() + " devices; remove one in Settings first.");
            }
            device.userId = userId;
            device.endpoint = endpoint;
            device.createdAt = clock.instant();
        }
        device.name = name;
        device.p256dh = p256dh;
        device.auth = auth;
        device.persist();
        return new Registered(DeviceView.of(device), known.isEmpty());
    }

    public List<DeviceView> list(long userId) {
        return PushDevice.listForOwner(userId).stream().map(DeviceView::of).toList();
    }

    /** Removes one of the person's devices; 404 for an unknown id or anyone else's. */
    @Transactional
    public void remove(long userId, long id) {
        PushDevice device = PushDevice.findForOwner(userId, id).orElseThrow(() -> ApiException.notFound("device"));
        device.delete();
    }

    /** The devices of these people, by person (people without one are left out), in the caller's transaction. */
    public Map<Long, List<Long>> deviceIds(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> ids = new HashMap<>();
        PushDevice.listForOwners(userIds).forEach(device -> ids.computeIfAbsent(device.userId, u -> new ArrayList<>())
                .add(device.id));
        return ids;
    }

    /** Whether the person has a device to push to. */
    @Transactional
    public boolean hasDevice(long userId) {
        return PushDevice.countForOwner(userId) > 0;
    }

    @Transactional
    Optional<Target> target(long id) {
        return PushDevice.findForDelivery(id)
                .map(device -> new Target(
                        device.id,
                        URI.create(device.endpoint),
                        P256.unbase64(device.p256dh),
                        P256.unbase64(device.auth)));
    }

    /** The push service took a message for the device. */
    @Transactional
    void delivered(long id) {
        PushDevice.findForDelivery(id).ifPresent(device -> device.lastSuccessAt = clock.instant());
    }

    /** The push service says the subscription is gone (404 or 410): the device goes too. */
    @Transactional
    void gone(long id) {
        PushDevice.delete("id", id);
    }

    private static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid("name", "Use a name of at most " + MAX_NAME + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("name", "Use a name without control characters.");
        }
        return name;
    }

    private static String checkedKey(String p256dh) {
        try {
            if (p256dh != null && p256dh.length() <= 100) {
                return P256.base64(P256.encode(P256.publicKey(P256.unbase64(p256dh))));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalid(
                "keys.p256dh", "Send the browser's public key: a P-256 point of 65 bytes in base64url.");
    }

    private static String checkedAuth(String auth) {
        try {
            if (auth != null && auth.length() <= 40) {
                byte[] secret = P256.unbase64(auth);
                if (secret.length == MessageEncryption.AUTH_SECRET_BYTES) {
                    return P256.base64(secret);
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalid("keys.auth", "Send the browser's auth secret: 16 bytes in base64url.");
    }
}
