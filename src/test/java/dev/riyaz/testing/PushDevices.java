package dev.riyaz.testing;

import java.util.Map;

/** Adds a phone for Web Push through the API, as a browser does when someone turns notifications on. */
public final class PushDevices {

    /** A real P-256 public key and auth secret, so the device is stored as a browser's would be. */
    private static final String P256DH =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";

    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    private PushDevices() {}

    /**
     * Adds a device named {@code name} with an endpoint of its own on a public push service (the endpoint ends with
     * {@code endpointTag} and the time, so no two are alike); answers its id.
     */
    public static long add(People.Person owner, String name, String endpointTag) {
        return Json.longAt(
                owner.api()
                        .body(Map.of(
                                "name",
                                name,
                                "endpoint",
                                "https://fcm.googleapis.com/fcm/send/" + endpointTag + System.nanoTime(),
                                "keys",
                                Map.of("p256dh", P256DH, "auth", AUTH)))
                        .post("/api/v1/push/devices")
                        .then()
                        .statusCode(201),
                "id");
    }
}
