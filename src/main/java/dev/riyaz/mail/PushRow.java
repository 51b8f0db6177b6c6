package dev.riyaz.mail;

import java.time.Instant;

/**
 * A push message to queue for one device of a person.
 *
 * @param dedupeKey the occurrence's key with the device in it, e.g. {@code r:12:2027-03-14:08:00:p7}
 * @param payload the JSON the service worker reads, {@code {title, body, url, actions?}}
 * @param expiresAt when the message is of no more use: each try asks the push service to keep it until then (TTL),
 *     and a try due after it gives up
 * @param urgency the {@code Urgency} header: {@code very-low}, {@code low}, {@code normal} or {@code high}
 */
public record PushRow(
        long ownerId,
        String dedupeKey,
        String kind,
        Long reminderId,
        long deviceId,
        String title,
        String payload,
        Instant expiresAt,
        String urgency)
        implements Outgoing {}
