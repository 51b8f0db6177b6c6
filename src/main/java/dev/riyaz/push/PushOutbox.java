package dev.riyaz.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.mail.Delivery;
import dev.riyaz.mail.OutboxMail;
import dev.riyaz.mail.PushChannel;
import dev.riyaz.mail.PushRow;

/**
 * Push's side of the outbox: makes the rows a firing queues ({@link #row}) and sends the rows the outbox's sender
 * leased ({@link #send}), each through {@link PushSender}, all of a batch at once. The push service's answer becomes
 * the outbox's {@link Delivery}: delivered is sent; gone (404, 410) is gone, and the device with its waiting rows has
 * been removed; 5xx, 429 and network failures are tried again with the outbox's backoff; any other 4xx is refused.
 */
@ApplicationScoped
public class PushOutbox implements PushChannel {

    private final PushSender sender;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Clock clock;

    PushOutbox(PushSender sender, ManagedExecutor executor, ObjectMapper json, Clock clock) {
        this.sender = sender;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /** The outbox row of one message to one device, queued under the occurrence's key with the device added. */
    public PushRow row(
            long ownerId,
            String occurrenceKey,
            String kind,
            Long reminderId,
            long deviceId,
            PushMessage message,
            Instant expiresAt,
            PushSender.Urgency urgency) {
        String payload;
        try {
            payload = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new PushRow(
                ownerId,
                occurrenceKey + ":p" + deviceId,
                kind,
                reminderId,
                deviceId,
                message.title(),
                payload,
                expiresAt,
                urgency.header);
    }

    @Override
    public List<Delivery> send(List<OutboxMail> rows) {
        List<CompletableFuture<Delivery>> sends = new ArrayList<>(rows.size());
        for (OutboxMail row : rows) {
            sends.add(executor.supplyAsync(() -> sendOne(row)));
        }
        List<Delivery> deliveries = new ArrayList<>(rows.size());
        for (CompletableFuture<Delivery> send : sends) {
            // PushSender bounds each push by its connect and request timeouts, so every future completes.
            deliveries.add(send.exceptionally(e -> Delivery.retry(String.valueOf(e), null))
                    .join());
        }
        return deliveries;
    }

    private Delivery sendOne(OutboxMail row) {
        Duration ttl = row.expiresAt == null ? Duration.ofHours(1) : Duration.between(clock.instant(), row.expiresAt);
        if (ttl.isNegative() || ttl.isZero()) {
            return Delivery.refused("expired at " + row.expiresAt + " before it could be delivered");
        }
        PushMessage message;
        try {
            message = json.readValue(row.payload, PushMessage.class);
        } catch (JsonProcessingException e) {
            return Delivery.refused("unreadable message: " + e.getOriginalMessage());
        }
        PushResult result = sender.send(row.deviceId, message, ttl, urgency(row.urgency));
        return switch (result.outcome()) {
            case DELIVERED -> Delivery.sent();
            case GONE -> Delivery.gone(result.detail());
            case RETRY_LATER -> Delivery.retry(
                    result.detail(), result.retryAfter().orElse(null));
            case REFUSED -> Delivery.refused(result.detail());
        };
    }

    private static PushSender.Urgency urgency(String header) {
        try {
            return header == null
                    ? PushSender.Urgency.NORMAL
                    : PushSender.Urgency.valueOf(header.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return PushSender.Urgency.NORMAL;
        }
    }
}
