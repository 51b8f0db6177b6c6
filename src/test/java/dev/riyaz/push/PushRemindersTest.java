package dev.riyaz.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.AppConfig;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.MailSender;
import dev.riyaz.mail.Outbox;
import dev.riyaz.mail.PushRow;
import dev.riyaz.reminder.ReminderDispatcher;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.PushService;
import dev.riyaz.testing.QueuedMail;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Push reminders end to end, the test playing the browser's push service on 127.0.0.1: a reminder due at the minute
 * is queued in the outbox beside mail, POSTed to the device once with TTL, Urgency, aes128gcm and VAPID, and reads as
 * the goal with a Done button whose address is a signed log link; a 410 removes the device; a 500 is tried again after
 * the outbox's backoff and arrives once; each reminder goes only where its channels say. The clock stands still.
 */
@QuarkusTest
class PushRemindersTest {

    private static final Instant MONDAY_0759 = Instant.parse("2027-01-04T07:59:00Z");
    private static final Instant MONDAY_0800 = Instant.parse("2027-01-04T08:00:00Z");

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    MailSender sender;

    @Inject
    Outbox outbox;

    @Inject
    PushOutbox pushOutbox;

    @Inject
    LinkTokens tokens;

    @Inject
    Rows rows;

    PushService pushService;
    MutableClock clock;

    @Inject
    VapidKeys keys;

    @Inject
    AppConfig app;

    @Inject
    Clock appClock;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void start() {
        pushService = PushService.start();
        clock = MutableClock.installAt(MONDAY_0759);
        LoopbackPush.install(keys, app, appClock, json);
    }

    @AfterEach
    void stop() {
        pushService.close();
        // Nothing of this test may wait in the outbox for the next one.
        rows.execute("delete from outbox_mail");
    }

    @Test
    void aReminderDueAtTheMinuteIsPushedOnceAndReadsAsTheGoalWithADoneLink() throws Exception {
        Person asha = People.signUp("UTC");
        PushService.Subscription phone = pushService.subscribe();
        long device = register(asha, phone);
        long goal = Goals.create(asha, Map.of("title", "Python <katas>", "startDate", "2027-01-01"));
        Reminders.add(asha, goal, Map.of("time", "08:00", "channels", List.of("push")));

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();

        PushService.Received push = pushService.next();
        assertThat(push.path()).isEqualTo(phone.endpoint().replaceFirst("^http://[^/]+", ""));
        int dayStart = ((Number) rows.one("select day_start_hour from app_user where id = ?1", asha.id())
                        .get("day_start_hour"))
                .intValue();
        // Until the practice day ends: the next day's start hour.
        long untilDayEnds = Duration.between(
                        MONDAY_0800, Instant.parse("2027-01-05T00:00:00Z").plus(Duration.ofHours(dayStart)))
                .toSeconds();
        assertThat(push.header("TTL")).isEqualTo(Long.toString(untilDayEnds));
        assertThat(push.header("Urgency")).isEqualTo("normal");
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("Authorization")).matches("vapid t=[^,]+, k=[A-Za-z0-9_-]+");
        assertThat(PushService.verifiedVapidClaims(push.header("Authorization")))
                .containsEntry("aud", phone.endpoint().replaceFirst("^(http://[^/]+).*", "$1"));

        JsonNode message = new ObjectMapper().readTree(phone.read(push.body()));
        assertThat(message.path("title").asText()).isEqualTo("Python <katas>");
        assertThat(message.path("body").asText()).isEqualTo("Not done yet today");
        assertThat(message.path("url").asText()).isEqualTo("https://riyaz.example/goals/" + goal);
        JsonNode done = message.path("actions").path(0);
        assertThat(done.path("action").asText()).isEqualTo("done");
        assertThat(done.path("title").asText()).isEqualTo("Done");
        String link = done.path("url").asText();
        assertThat(link).startsWith("https://riyaz.example/p/log/");
        assertThat(tokens.verify(link.substring(link.lastIndexOf('/') + 1)))
                .contains(new LinkTokens.Claim(LinkTokens.Action.log, asha.id(), goal, "2027-01-04"));

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(pushStatus(asha)));
        // Run again at the same minute and after: nothing more is queued or sent, and no mail was queued.
        dispatcher.dispatchDue();
        clock.set(MONDAY_0800.plus(Duration.ofMinutes(5)));
        dispatcher.dispatchDue();
        sender.drain();
        assertThat(pushService.waiting()).isZero();
        assertThat(rows.count("outbox_mail", "owner_id = ? and channel = 'push'", asha.id()))
                .isOne();
        assertThat(rows.count("outbox_mail", "owner_id = ? and device_id = ?", asha.id(), device))
                .isOne();
        assertThat(QueuedMail.of(asha.id())).isEmpty();
        assertThat(asha.api().get("/api/v1/push/devices").jsonPath().getString("[0].lastSuccessAt"))
                .isEqualTo("2027-01-04T08:00:00Z");
    }

    @Test
    void aGoneAnswerRemovesTheDeviceAndItsRows() {
        Person asha = People.signUp("UTC");
        long device = register(asha, pushService.subscribe());
        long goal = Goals.create(asha, Map.of("title", "Scales", "startDate", "2027-01-01"));
        Reminders.add(asha, goal, Map.of("time", "08:00", "channels", List.of("push")));
        pushService.answer(410);

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();

        pushService.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.count("push_device", "id = ?", device) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.count("outbox_mail", "owner_id = ?", asha.id()) == 0);
        asha.api().get("/api/v1/push/devices").then().body("size()", equalTo(0));
        // Tomorrow's reminder finds no device: nothing is queued or sent.
        clock.set(Instant.parse("2027-01-05T08:00:00Z"));
        dispatcher.dispatchDue();
        sender.drain();
        assertThat(pushService.waiting()).isZero();
        assertThat(rows.count("outbox_mail", "owner_id = ?", asha.id())).isZero();
    }

    @Test
    void aServerErrorIsTriedAgainAfterTheBackoffAndArrivesOnce() throws Exception {
        Person asha = People.signUp("UTC");
        PushService.Subscription phone = pushService.subscribe();
        register(asha, phone);
        long goal = Goals.create(asha, Map.of("title", "Arpeggios", "startDate", "2027-01-01"));
        Reminders.add(asha, goal, Map.of("time", "08:00", "channels", List.of("push")));
        pushService.answer(500);

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();
        pushService.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(asha) == 1);
        assertThat(nextAttempt(asha)).isEqualTo("2027-01-04T08:01:00Z");
        assertThat(pushStatus(asha)).isEqualTo("pending");

        // Not before its time.
        clock.set(Instant.parse("2027-01-04T08:00:59Z"));
        sender.drain();
        assertThat(pushService.waiting()).isZero();

        // A second failure doubles the wait.
        clock.set(Instant.parse("2027-01-04T08:01:00Z"));
        sender.drain();
        pushService.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts(asha) == 2);
        assertThat(nextAttempt(asha)).isEqualTo("2027-01-04T08:03:00Z");
        RestAssured.get("/q/health")
                .then()
                .body("checks.find { it.name == 'outbox' }.data.pushPending", equalTo(1))
                .body("checks.find { it.name == 'outbox' }.data.pushOldestPendingSeconds", equalTo(60));

        pushService.answer(201);
        clock.set(Instant.parse("2027-01-04T08:03:00Z"));
        sender.drain();
        PushService.Received push = pushService.next();
        assertThat(new ObjectMapper()
                        .readTree(phone.read(push.body()))
                        .path("title")
                        .asText())
                .isEqualTo("Arpeggios");
        // The TTL counts down to the end of the practice day from this try, not from the first.
        assertThat(Long.parseLong(push.header("TTL"))).isEqualTo(Long.parseLong(ttlFrom(asha, "2027-01-04T08:03:00Z")));
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(pushStatus(asha)));
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        dispatcher.dispatchDue();
        sender.drain();
        assertThat(pushService.waiting()).isZero();
        assertThat(attempts(asha)).isEqualTo(3);
    }

    @Test
    void aPushTheServiceRefusesFailsAtOnceAndIsNotTriedAgain() {
        Person asha = People.signUp("UTC");
        long device = register(asha, pushService.subscribe());
        long goal = Goals.create(asha, Map.of("title", "Scales", "startDate", "2027-01-01"));
        Reminders.add(asha, goal, Map.of("time", "08:00", "channels", List.of("push")));
        pushService.answer(403);

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();

        pushService.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(pushStatus(asha)));
        assertThat(attempts(asha)).isOne();
        clock.set(Instant.parse("2027-01-04T10:00:00Z"));
        sender.drain();
        assertThat(pushService.waiting()).isZero();
        // The device stays: a refusal is about this message, not the subscription.
        assertThat(rows.count("push_device", "id = ?", device)).isOne();
    }

    @Test
    void theDigestAndTheWeeklyReviewGoByPushWhenChosenWithoutADoneButton() throws Exception {
        Person asha = People.signUp("UTC");
        PushService.Subscription phone = pushService.subscribe();
        register(asha, phone);
        Goals.create(asha, Map.of("title", "Katas", "startDate", "2026-12-01"));
        asha.api()
                .body(Map.of(
                        "digest", "daily",
                        "digestTime", "08:00",
                        "digestChannels", List.of("push"),
                        "weeklyReviewDay", "MON",
                        "weeklyReviewTime", "09:00",
                        "weeklyReviewChannels", List.of("push")))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200);

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();
        PushService.Received digest = pushService.next();
        JsonNode summary = new ObjectMapper().readTree(phone.read(digest.body()));
        assertThat(summary.path("title").asText()).isEqualTo("1 goal still open today");
        assertThat(summary.path("body").asText()).isEqualTo("Katas");
        assertThat(summary.path("url").asText()).isEqualTo("https://riyaz.example/");
        assertThat(summary.has("actions")).isFalse();
        assertThat(digest.header("Urgency")).isEqualTo("normal");

        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        dispatcher.dispatchDue();
        sender.drain();
        PushService.Received review = pushService.next();
        JsonNode week = new ObjectMapper().readTree(phone.read(review.body()));
        assertThat(week.path("title").asText()).startsWith("Your week of practice: ");
        assertThat(week.path("url").asText()).isEqualTo("https://riyaz.example/progress");
        assertThat(week.has("actions")).isFalse();
        assertThat(review.header("Urgency")).isEqualTo("low");
        assertThat(QueuedMail.of(asha.id())).isEmpty();
    }

    @Test
    void eachReminderGoesOnlyWhereItsChannelsSay() throws Exception {
        Person asha = People.signUp("UTC");
        PushService.Subscription phone = pushService.subscribe();
        register(asha, phone);
        long byMail = Goals.create(asha, Map.of("title", "Mailed goal", "startDate", "2027-01-01"));
        long byPush = Goals.create(asha, Map.of("title", "Pushed goal", "startDate", "2027-01-01"));
        long both = Goals.create(asha, Map.of("title", "Both ways", "startDate", "2027-01-01"));
        Reminders.add(asha, byMail, Map.of("time", "08:00"));
        Reminders.add(asha, byPush, Map.of("time", "08:00", "channels", List.of("push")));
        Reminders.add(asha, both, Map.of("time", "08:00", "channels", List.of("push", "mail")));

        clock.set(MONDAY_0800);
        dispatcher.dispatchDue();
        sender.drain();

        List<String> pushed = List.of(
                new ObjectMapper()
                        .readTree(phone.read(pushService.next().body()))
                        .path("title")
                        .asText(),
                new ObjectMapper()
                        .readTree(phone.read(pushService.next().body()))
                        .path("title")
                        .asText());
        assertThat(pushed).containsExactlyInAnyOrder("Pushed goal", "Both ways");
        assertThat(QueuedMail.subjects(asha.id()))
                .containsExactlyInAnyOrder("Mailed goal: Not done yet today", "Both ways: Not done yet today");
        sender.drain();
        assertThat(pushService.waiting()).isZero();
    }

    @Test
    void aFiringIsQueuedOncePerDeviceHoweverOftenItIsQueued() {
        Person asha = People.signUp("UTC");
        long device = register(asha, pushService.subscribe());
        PushRow row = pushOutbox.row(
                asha.id(),
                "r:999:2027-01-04:08:00",
                "reminder",
                null,
                device,
                new PushMessage("Katas", "Not done yet today", "https://riyaz.example/"),
                Instant.parse("2027-01-05T00:00:00Z"),
                PushSender.Urgency.NORMAL);

        int first = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> outbox.queue(List.of(row)));
        int again =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> outbox.queue(List.of(row, row)));

        assertThat(first).isOne();
        assertThat(again).isZero();
        assertThat(rows.count("outbox_mail", "dedupe_key = ?", "r:999:2027-01-04:08:00:p" + device))
                .isOne();
    }

    @Test
    void channelsAreCheckedEchoedAndKeptForRemindersAndMailSettings() {
        Person asha = People.signUp("UTC");
        long goal = Goals.create(asha, Map.of("title", "Scales", "startDate", "2027-01-01"));
        assertThat(Reminders.add(asha, goal, Map.of("time", "08:00")).getList("channels"))
                .containsExactly("mail");
        assertThat(Reminders.add(asha, goal, Map.of("time", "09:00", "channels", List.of("push", "mail")))
                        .getList("channels"))
                .containsExactly("mail", "push");
        for (Object bad :
                List.of(List.of(), List.of("sms"), List.of("mail", "mail"), List.of("mail", "push", "mail"))) {
            asha.api()
                    .body(Map.of("time", "10:00", "channels", bad))
                    .post("/api/v1/goals/{id}/reminders", goal)
                    .then()
                    .statusCode(422)
                    .body("detail", org.hamcrest.Matchers.containsString("channel"));
        }
        asha.api()
                .get("/api/v1/goals/{id}/reminders", goal)
                .then()
                .body("size()", equalTo(2))
                .body("[1].channels", equalTo(List.of("mail", "push")));

        asha.api().get("/api/v1/me/mail").then().body("digestChannels", equalTo(List.of("mail")));
        asha.api()
                .body(Map.of("digest", "daily", "digestChannels", List.of("unknown")))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(422);
        asha.api()
                .get("/api/v1/me/mail")
                .then()
                .body("digest", equalTo("off"))
                .body("digestChannels", equalTo(List.of("mail")));
        asha.api()
                .body(Map.of("digestChannels", List.of("push"), "weeklyReviewChannels", List.of("mail", "push")))
                .patch("/api/v1/me/mail")
                .then()
                .statusCode(200)
                .body("digestChannels", equalTo(List.of("push")))
                .body("weeklyReviewChannels", equalTo(List.of("mail", "push")));
    }

    @Test
    void theReminderFormAndMailSettingsOfferPlainChannelBoxes() {
        WebForms.Visitor browser = WebForms.signedUp("channels-" + System.nanoTime() + "@example.com");
        long person = browser.userId();
        browser.post("/goals/new", "/goals", Map.of("title", "Scales", "scheduleType", "daily", "kind", "check"))
                .then()
                .statusCode(303);
        long goal = ((Number) rows.one("select id from goal where owner_id = ?1", person)
                        .get("id"))
                .longValue();
        String page = "/goals/" + goal + "/reminders";

        // No phone yet: the box is there, with a note and the way to Settings' devices.
        browser.get(page)
                .then()
                .statusCode(200)
                .body(containsString("name=\"channels\" value=\"mail\" checked"))
                .body(containsString("name=\"channels\" value=\"push\" "))
                .body(containsString("No phone is set up for reminders yet."))
                .body(containsString("href=\"/settings#devices-title\""));

        // Neither box ticked: refused with a clear message, nothing saved.
        browser.post(page, page, Map.of("time", "07:30", "days", List.of("MON"), "channelsShown", "1"))
                .then()
                .statusCode(422)
                .body(containsString("Choose at least one channel"));
        assertThat(rows.count("reminder", "owner_id = ? and kind = 'goal'", person))
                .isZero();

        browser.post(
                        page,
                        page,
                        Map.of(
                                "time",
                                "07:30",
                                "days",
                                List.of("MON"),
                                "channelsShown",
                                "1",
                                "channels",
                                List.of("push")))
                .then()
                .statusCode(303);
        assertThat(rows.one("select channels from reminder where owner_id = ?1 and kind = 'goal'", person))
                .containsEntry("channels", "push");
        browser.get(page).then().body(containsString("On your phone"));

        // A phone set up: the note goes.
        Person api = new Person(person, null, null);
        rows.execute(
                "insert into push_device (id, user_id, name, endpoint, p256dh, auth, created_at)"
                        + " values (?1, ?2, 'Phone', 'https://push.example/x', ?3, ?4, current_timestamp)",
                9_000_000 + person,
                person,
                pushService.subscribe().p256dh(),
                "AAAAAAAAAAAAAAAAAAAAAA");
        browser.get(page).then().body(not(containsString("No phone is set up for reminders yet.")));

        browser.post(
                        "/settings/mail",
                        "/settings/mail",
                        Map.of(
                                "allMail", "on",
                                "digest", "daily",
                                "digestTime", "08:00",
                                "weeklyReviewDay", "SUN",
                                "weeklyReviewTime", "18:00",
                                "channelsShown", "1",
                                "digestChannels", List.of("mail", "push"),
                                "weeklyReviewChannels", List.of("push")))
                .then()
                .statusCode(303);
        assertThat(rows.one("select digest_channels, weekly_review_channels from app_user where id = ?1", api.id()))
                .containsEntry("digest_channels", "mail,push")
                .containsEntry("weekly_review_channels", "push");
        browser.get("/settings/mail")
                .then()
                .body(containsString("name=\"digestChannels\" value=\"push\" checked"))
                .body(containsString("name=\"weeklyReviewChannels\" value=\"mail\" >"));
    }

    private String ttlFrom(Person person, String at) {
        int dayStart = ((Number) rows.one("select day_start_hour from app_user where id = ?1", person.id())
                        .get("day_start_hour"))
                .intValue();
        return Long.toString(Duration.between(
                        Instant.parse(at), Instant.parse("2027-01-05T00:00:00Z").plus(Duration.ofHours(dayStart)))
                .toSeconds());
    }

    private String pushStatus(Person person) {
        return (String) rows.one("select status from outbox_mail where owner_id = ?1 and channel = 'push'", person.id())
                .get("status");
    }

    private long attempts(Person person) {
        return ((Number) rows.one(
                                "select attempts from outbox_mail where owner_id = ?1 and channel = 'push'",
                                person.id())
                        .get("attempts"))
                .longValue();
    }

    private String nextAttempt(Person person) {
        Object at = rows.one(
                        "select next_attempt_at from outbox_mail where owner_id = ?1 and channel = 'push'", person.id())
                .get("next_attempt_at");
        return at instanceof java.time.OffsetDateTime time
                ? time.toInstant().toString()
                : java.sql.Timestamp.class.isInstance(at)
                        ? ((java.sql.Timestamp) at).toInstant().toString()
                        : at.toString();
    }

    private static long register(Person person, PushService.Subscription subscription) {
        return person.api()
                .body(subscription.json("Phone"))
                .post("/api/v1/push/devices")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
