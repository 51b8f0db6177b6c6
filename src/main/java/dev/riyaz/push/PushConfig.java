package dev.riyaz.push;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for Web Push ({@code riyaz.push.*}). */
@ConfigMapping(prefix = "riyaz.push")
public interface PushConfig {

    /**
     * The VAPID key pair ({@code RIYAZ_PUSH_VAPID_PUBLIC_KEY}, {@code RIYAZ_PUSH_VAPID_PRIVATE_KEY}). Set both on every
     * node, or neither: then a pair is made once and kept in the database.
     */
    VapidSettings vapid();

    /** The configured VAPID keys. */
    interface VapidSettings {

        /** A P-256 point (uncompressed, 65 bytes), base64url. */
        Optional<String> publicKey();

        /** The 32-byte P-256 scalar, base64url. */
        Optional<String> privateKey();
    }

    /**
     * Who push services may contact about this server ({@code RIYAZ_PUSH_SUBJECT}): a {@code mailto:} or
     * {@code https:} address. Without it, the public base URL.
     */
    Optional<String> subject();

    /**
     * Lets a device's endpoint be plain http on a loopback or private address ({@code RIYAZ_PUSH_ALLOW_LOOPBACK}):
     * only for tests that play the push service themselves. Never on a shared server.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** How long connecting to a push service may take. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long one push, connected to its answer, may take before it counts as failed (and is retried later). */
    @WithDefault("PT15S")
    Duration requestTimeout();

    /** How many devices one person may have. */
    @WithDefault("20")
    int maxDevices();
}
