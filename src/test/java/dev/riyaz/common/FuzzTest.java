package dev.riyaz.common;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.quarkus.test.junit.QuarkusTest;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MalformedRequests;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.RawHttp;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Routes;
import dev.riyaz.testing.SweepTest;
import dev.riyaz.testing.WebForms;

/**
 * A few thousand malformed requests, generated with a fixed seed from the API's OpenAPI document and the page classes,
 * signed in with a token for the API and a session (with its CSRF token) for pages: none ends in a 5xx, every request
 * that would change something is refused, and the person's export is the same afterwards.
 */
@QuarkusTest
@SweepTest
class FuzzTest {

    private static final long SEED = 20261207L;
    private static final int REQUESTS = 3000;

    @Test
    @Timeout(180)
    void noMalformedRequestEndsIn5xxOrChangesTheAccount() {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        People.Person asha = People.signUp();
        long goal = Goals.measured(asha);
        long entry = Goals.log(asha, goal, Map.of("amount", 20));
        long reminder = Reminders.addAt(asha, goal, "07:30");
        WebForms.Visitor browser = WebForms.visitor();
        browser.logIn(asha.email(), People.PASSWORD);
        browser.get("/goals/new");
        MalformedRequests requests = new MalformedRequests(
                new Random(SEED),
                Map.of("goal", goal, "entry", entry, "reminder", reminder),
                asha.token(),
                browser.session,
                browser.csrf());
        List<Routes.Route> routes = new ArrayList<>(Routes.api());
        routes.addAll(Routes.pages());
        String before = export(asha);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            MalformedRequests.Generated generated = requests.next(routes);
            RawHttp.Answer answer = RawHttp.send(generated.request());
            statuses.merge(answer.status(), 1, Integer::sum);
            String seen = answer.status() + " " + generated.request() + " -> " + shorten(answer.body());
            if (answer.status() >= 500) {
                serverErrors.add(seen);
            } else if (generated.mustBeRefused() && (answer.status() < 400 || answer.status() > 499)) {
                notRefused.add(seen);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "Fuzz: %d requests over %d routes (seed %d) in %d s; by status: %s%n",
                REQUESTS, routes.size(), SEED, took.toSeconds(), statuses);

        String after = export(asha);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(routes).as("routes found").hasSizeGreaterThan(50);
            softly.assertThat(statuses).as("kinds of refusal reached").containsKeys(400, 404, 413, 415, 422);
            softly.assertThat(serverErrors).as("answered 5xx").isEmpty();
            softly.assertThat(notRefused).as("changes that were not refused").isEmpty();
            softly.assertThat(after)
                    .as("the export after every refused request")
                    .isEqualTo(before);
        });
    }

    private static String export(People.Person person) {
        return person.api()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
