package dev.riyaz.push;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.AppConfig;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.PushService;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

/**
 * The sender against a push service the test plays on 127.0.0.1 (allowed only in this test): what arrives carries
 * TTL, Urgency, the aes128gcm coding and a VAPID header that verifies, and decrypts with the subscription's private
 * key to the message; a 410 removes the device, a 500 or no answer is retried later.
 * Loopback is allowed for this test only ({@link LoopbackPush}), not by a second app with a profile of its own.
 */
@QuarkusTest
class PushSenderTest {

    @Inject
    VapidKeys keys;

    @Inject
    AppConfig app;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    PushSender sender;

    @Inject
    Rows rows;

    PushService pushService;

    /** Lets devices point at the test's own push service on 127.0.0.1, for this test only. */
    @BeforeEach
    void allowLoopback() {
        LoopbackPush.install(keys, app, clock, json);
    }

    @BeforeEach
    void startPushService() {
        pushService = PushService.start();
    }

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void aMessageArrivesOnceEncryptedForTheDeviceAndSignedForThePushService() throws Exception {
        People.Person asha = People.signUp();
        PushService.Subscription phone = pushService.subscribe();
        long id = register(asha, phone);
        PushMessage message = new PushMessage(
                "Python",
                "Time for Python: 30 minutes today",
                "https://riyaz.example/goals/7",
                List.of(new PushMessage.Action("done", "Done", "https://riyaz.example/m/log/abc")));

        PushResult result = sender.send(id, message, Duration.ofHours(1), PushSender.Urgency.NORMAL);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.DELIVERED);
        PushService.Received push = pushService.next();
        assertThat(push.path()).isEqualTo(phone.endpoint().replaceFirst("^http://[^/]+", ""));
        assertThat(push.header("TTL")).isEqualTo("3600");
        assertThat(push.header("Urgency")).isEqualTo("normal");
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("Content-Type")).isEqualTo("application/octet-stream");
        Map<String, Object> claims = PushService.verifiedVapidClaims(push.header("Authorization"));
        assertThat(claims)
                .containsEntry("aud", phone.endpoint().replaceFirst("^(http://[^/]+).*", "$1"))
                .containsEntry("sub", "mailto:admin@riyaz.example");
        assertThat(push.header("Authorization"))
                .endsWith("k=" + asha.api().get("/api/v1/push/key").path("publicKey"));
        Map<String, Object> read =
                new ObjectMapper().readValue(phone.read(push.body()), new TypeReference<Map<String, Object>>() {});
        assertThat(read)
                .containsEntry("title", "Python")
                .containsEntry("body", "Time for Python: 30 minutes today")
                .containsEntry("url", "https://riyaz.example/goals/7");
        assertThat(read.get("actions").toString())
                .contains("action=done", "title=Done", "url=https://riyaz.example/m/log/abc");
        assertThat(pushService.waiting()).isZero();
        assertThat(Json.doc(asha.api().get("/api/v1/push/devices")).getString("[0].lastSuccessAt"))
                .endsWith("Z");
    }

    @Test
    void aMessageWithoutActionsLeavesThemOut() {
        People.Person asha = People.signUp();
        PushService.Subscription phone = pushService.subscribe();
        long id = register(asha, phone);

        sender.send(
                id,
                new PushMessage("Katas", "Katas are waiting", "https://riyaz.example/"),
                Duration.ZERO,
                PushSender.Urgency.HIGH);

        PushService.Received push = pushService.next();
        assertThat(push.header("TTL")).isEqualTo("0");
        assertThat(push.header("Urgency")).isEqualTo("high");
        assertThat(phone.read(push.body()))
                .isEqualTo("{\"title\":\"Katas\",\"body\":\"Katas are waiting\",\"url\":\"https://riyaz.example/\"}");
    }

    @Test
    void goneAnswersRemoveTheDeviceAndFailuresKeepItForLater() {
        People.Person asha = People.signUp();
        long kept = register(asha, pushService.subscribe());
        long ended = register(asha, pushService.subscribe());
        PushMessage message = new PushMessage("Python", "Time for Python", "https://riyaz.example/");

        pushService.answer(500);
        assertThat(sender.send(kept, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.RETRY_LATER);
        pushService.answer(429);
        assertThat(sender.send(kept, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.RETRY_LATER);
        pushService.answer(410);
        assertThat(sender.send(ended, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.GONE);
        pushService.answer(403);
        assertThat(sender.send(kept, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.REFUSED);

        asha.api()
                .get("/api/v1/push/devices")
                .then()
                .body(Json.at("", hasSize(1)))
                .body(Json.at("[0].id", org.hamcrest.Matchers.equalTo((int) kept)));
        assertThat(rows.count("push_device", "id = ?", ended)).isZero();
        assertThat(sender.send(ended, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.GONE);
        pushService.close();
        assertThat(sender.send(kept, message, Duration.ofHours(1), PushSender.Urgency.NORMAL)
                        .outcome())
                .isEqualTo(PushResult.Outcome.RETRY_LATER);
    }

    private static long register(People.Person person, PushService.Subscription subscription) {
        return Json.doc(person.api()
                        .body(subscription.json("Phone"))
                        .post("/api/v1/push/devices")
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");
    }
}
