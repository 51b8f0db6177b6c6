package dev.riyaz.push;

/**
 * A subscription as a browser's {@code PushSubscription.toJSON()} gives it, with a name added: {@code {name, endpoint,
 * keys: {p256dh, auth}}}. Its {@code expirationTime}, when sent, is ignored.
 */
public record DeviceRequest(String name, String endpoint, Keys keys) {

    /** The browser's public key and auth secret, base64url. */
    public record Keys(String p256dh, String auth) {}
}
