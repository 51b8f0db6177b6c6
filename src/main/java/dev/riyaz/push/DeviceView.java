package dev.riyaz.push;

import java.net.URI;
import java.time.Instant;

/** A device as the API and Settings show it (API.md "Devices for push"). Its keys are never shown. */
public record DeviceView(long id, String name, String endpoint, Instant createdAt, Instant lastSuccessAt) {

    static DeviceView of(PushDevice device) {
        return new DeviceView(device.id, device.name, device.endpoint, device.createdAt, device.lastSuccessAt);
    }

    /** The endpoint's host alone (e.g. {@code fcm.googleapis.com}): all that a page shows of it. */
    public String host() {
        try {
            String host = URI.create(endpoint).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
