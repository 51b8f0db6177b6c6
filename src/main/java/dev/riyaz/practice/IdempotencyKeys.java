package dev.riyaz.practice;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Remembers the answer to practice logged with an {@code Idempotency-Key}, and gives it again to a retry. */
@ApplicationScoped
class IdempotencyKeys {

    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyKeys(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The request as sent with this key; null when no key was sent. */
    IdempotentRequest request(String key, long goalId, EntryRequest request) {
        return key == null ? null : IdempotentRequest.of(key, goalId, request, json);
    }

    /** The answer given the first time this owner sent the key, if any; a 409 when that was another request. */
    Optional<EntryView> earlierAnswer(long ownerId, IdempotentRequest request) {
        return IdempotencyRecord.findForOwner(ownerId, request.key()).map(record -> {
            request.mustMatch(record.requestHash);
            try {
                return json.readValue(record.responseBody, EntryView.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored answer is not readable", e);
            }
        });
    }

    /** Flushes at once: when two requests with one key race, the loser fails here and the caller replays the winner. */
    void remember(long ownerId, IdempotentRequest request, EntryView answer) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.ownerId = ownerId;
        record.idemKey = request.key();
        record.requestHash = request.fingerprint();
        record.entryId = answer.id();
        record.responseBody = write(answer);
        record.createdAt = clock.instant();
        record.persistAndFlush();
    }

    private String write(EntryView answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
