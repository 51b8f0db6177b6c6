package dev.riyaz.practice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Hashes;

/**
 * Practice logged with an {@code Idempotency-Key}: the key, and a fingerprint of the goal and the request as it came. A
 * retry with the same key is answered from the first answer only when it is the very same request.
 */
record IdempotentRequest(String key, String fingerprint) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 200;

    /** The key as sent: none, or 1 to 200 characters (an empty key is a 400, a longer one a 422). */
    static String checkedKey(String key) {
        if (key != null && key.isEmpty()) {
            throw new ApiException(400, "Bad request", "Idempotency-Key must be 1 to 200 characters.");
        }
        return Bounds.text(HEADER, key, MAX_KEY);
    }

    /**
     * Fingerprints the request as it came, before any rule looked at it: numbers in scientific notation stay so,
     * because a number like {@code 1e10000} has no plain form to write.
     */
    static IdempotentRequest of(String key, long goalId, EntryRequest request, ObjectMapper json) {
        try {
            String body = json.writer()
                    .without(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(request);
            return new IdempotentRequest(key, Hashes.sha256(goalId + ":" + body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first answer may be given again only for the same request; the same key with another one is a 409. */
    void mustMatch(String earlierFingerprint) {
        if (!fingerprint.equals(earlierFingerprint)) {
            throw ApiException.conflict("This Idempotency-Key was already used for a different request.");
        }
    }
}
