package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key and the same-request check behind Idempotency-Key, without a server. */
class IdempotentRequestTest {

    /** Written as the application writes JSON: plain amounts, ISO dates. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static EntryRequest amount(String amount) {
        return new EntryRequest(LocalDate.of(2026, 3, 14), null, new BigDecimal(amount), "scales", null, null);
    }

    private static IdempotentRequest request(String key, long goal, EntryRequest body) {
        return IdempotentRequest.of(key, goal, body, JSON);
    }

    @Test
    void theSameRequestAgainHasTheSameFingerprint() {
        IdempotentRequest first = request("run-42", 7, amount("25"));
        IdempotentRequest again = request("run-42", 7, amount("25"));

        assertThat(again).isEqualTo(first);
        assertThatCode(() -> again.mustMatch(first.fingerprint())).doesNotThrowAnyException();
    }

    /** Keys stored by earlier versions must keep matching: the fingerprint is the goal and the body as sent. */
    @Test
    void theFingerprintIsTheGoalAndTheBodyAsSent() {
        String body = "{\"date\":\"2026-03-14\",\"status\":null,\"amount\":25,\"note\":\"scales\","
                + "\"resourceId\":null,\"source\":null}";

        assertThat(request("run-42", 7, amount("25")).fingerprint()).isEqualTo(Hashes.sha256("7:" + body));
    }

    @Test
    void anotherBodyOrGoalIsAnotherRequest() {
        String first = request("run-7", 7, amount("25")).fingerprint();

        assertThat(request("run-7", 7, amount("26")).fingerprint()).isNotEqualTo(first);
        assertThat(request("run-7", 8, amount("25")).fingerprint()).isNotEqualTo(first);
        assertThat(request(
                                "run-7",
                                7,
                                new EntryRequest(
                                        LocalDate.of(2026, 3, 14), null, new BigDecimal("25"), "x", null, null))
                        .fingerprint())
                .isNotEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherRequestIsAConflict() {
        String earlier = request("run-7", 7, amount("25")).fingerprint();

        assertThatThrownBy(() -> request("run-7", 7, amount("26")).mustMatch(earlier))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessage("This Idempotency-Key was already used for a different request.");
    }

    @Test
    void aNumberWithNoPlainFormStillHasAFingerprint() {
        assertThat(request("huge", 7, amount("1e10000")).fingerprint()).hasSize(64);
        assertThat(request("huge", 7, amount("1e10000")).fingerprint())
                .isNotEqualTo(request("huge", 7, amount("1e9999")).fingerprint());
    }

    @Test
    void noKeyStaysNoKey() {
        assertThat(IdempotentRequest.checkedKey(null)).isNull();
    }

    @Test
    void keysAreOneTo200Characters() {
        assertThat(IdempotentRequest.checkedKey("k".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> IdempotentRequest.checkedKey(""))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> IdempotentRequest.checkedKey("k".repeat(201)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.messageFor("Idempotency-Key")).isEqualTo("Use at most 200 characters.");
                });
    }
}
