package dev.riyaz.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's side of Riyaz offline: the service worker's script at the root, the hidden offline note on Today,
 * practice kept on the phone sent once through the API with the session and its Idempotency-Key, and Log out and
 * account deletion telling the browser to drop what it kept.
 */
@QuarkusTest
class ServiceWorkerTest {

    private static final Pattern FILES = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @Inject
    Rows rows;

    @Test
    void theWorkerIsAScriptAtTheRootNeverKeptLongThatListsTheFilesOfThisVersion() {
        WebForms.Visitor asha = WebForms.signedUp("sw" + System.nanoTime() + "@example.com");
        String today = asha.get("/").then().statusCode(200).extract().asString();
        List<String> files = new ArrayList<>();
        Matcher m = FILES.matcher(today);
        while (m.find()) {
            files.add(m.group(1));
        }
        assertThat(files).anyMatch(f -> f.startsWith("/js/offline.js?v="));

        Response worker = given().get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.contentType()).startsWith("text/javascript");
        assertThat(worker.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(worker.asString())
                .as("the worker names the versions the pages use, so a changed file changes the worker")
                .contains(files.stream().map(f -> "\"" + f + "\"").toList())
                .contains("addEventListener(\"fetch\"");
        assertThat(given().get("/sw.js").asString()).isEqualTo(worker.asString());
        assertThat(worker.header("Content-Security-Policy")).contains("connect-src 'self'");
        assertThat(asha.get("/").getHeader("Content-Security-Policy")).contains("worker-src 'self'");
    }

    @Test
    void todayCarriesTheHiddenOfflineNoteWithTheTimeItWasShownInThePersonsZone() {
        MutableClock.installAt(Instant.parse("2026-03-14T02:44:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("note" + System.nanoTime() + "@example.com");
        String today = asha.get("/").asString();
        assertThat(today)
                .contains("data-offline-note hidden>Offline: showing what you saw at 08:14</p>")
                .contains("data-zone=\"Asia/Kolkata\"")
                .contains("data-today=\"2026-03-14\"")
                .contains("data-now=\"" + Instant.parse("2026-03-14T02:44:00Z").toEpochMilli() + "\"")
                .contains("data-kept=\"Saved on this phone, will be sent\"");
        assertThat(WebForms.visitor().get("/").asString())
                .as("a visitor's welcome is never kept on the phone: it has no such note")
                .doesNotContain("data-offline-note");
    }

    @Test
    void practiceKeptOnThePhoneIsLoggedOnceWhateverHowOftenItIsSent() {
        WebForms.Visitor asha = WebForms.signedUp("key" + System.nanoTime() + "@example.com");
        long scales = LogPracticePagesTest.goal(asha, Map.of("title", "Scales", "kind", "check"));
        asha.get("/");
        String body = "{\"date\":\"" + todayOf(asha) + "\",\"status\":\"done\"}";

        long first = Json.doc(send(asha, scales, "phone-key-1", body, true)
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");
        long again = Json.doc(send(asha, scales, "phone-key-1", body, true)
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");
        assertThat(again).as("a replay gets the first answer").isEqualTo(first);
        assertThat(rows.count("practice_entry", "goal_id = ?", scales)).isEqualTo(1);

        send(asha, scales, "phone-key-1", body.replace("done", "skipped"), true)
                .then()
                .statusCode(409);
        send(asha, scales, "phone-key-2", body, false).then().statusCode(403);
        assertThat(rows.count("practice_entry", "goal_id = ?", scales))
                .as("neither another body under the key nor a request without the page's token logs anything")
                .isEqualTo(1);
    }

    @Test
    void logOutAndAccountDeletionTellTheBrowserToDropWhatItKept() {
        WebForms.Visitor asha = WebForms.signedUp("leave" + System.nanoTime() + "@example.com");
        Response out = asha.post("/settings", "/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Clear-Site-Data")).isEqualTo("\"cache\", \"storage\"");

        WebForms.Visitor ravi = WebForms.signedUp("gone" + System.nanoTime() + "@example.com");
        Response gone = ravi.post(
                "/settings", "/settings/delete-account", Map.of("password", People.PASSWORD, "confirmed", "on"));
        assertThat(gone.statusCode()).isEqualTo(303);
        assertThat(gone.header("Clear-Site-Data")).isEqualTo("\"cache\", \"storage\"");
    }

    private static String todayOf(WebForms.Visitor visitor) {
        Matcher m = Pattern.compile("data-today=\"([0-9-]+)\"")
                .matcher(visitor.get("/").asString());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** As the page's script sends it: the session cookie, the page's token in the header, the phone's key. */
    private static Response send(WebForms.Visitor visitor, long goal, String key, String body, boolean token) {
        var request = given().cookie("riyaz_session", visitor.session)
                .cookie("csrf-token", visitor.csrf())
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body);
        if (token) {
            request.header("X-CSRF-Token", visitor.csrf());
        }
        return request.post("/api/v1/goals/" + goal + "/entries");
    }
}
