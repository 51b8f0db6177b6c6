package dev.riyaz.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.AppProcess;
import dev.riyaz.testing.EmbeddedPostgresResource;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A 201 means the write is on disk. The packaged app receives a stream of practice POSTs from a few clients, each with
 * its own Idempotency-Key, and is killed with SIGKILL in the middle of it, less than a second after a new person signed
 * up and made a token. After a restart on the same data, everything that was answered 201
 * is there, and replaying every acknowledged request with its key adds nothing. On H2 (the embedded default, inside
 * the killed process) and on PostgreSQL (its own server keeps running: there the test shows that Riyaz answers only
 * after the commit).
 */
class CrashIT {

    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final Duration JUST_BEFORE = Duration.ofSeconds(1);

    private final EmbeddedPostgresResource postgres = new EmbeddedPostgresResource();
    private final List<AppProcess> apps = new ArrayList<>();

    /** One practice POST as a client sends it, and the entry id of its 201. */
    private record Write(long goalId, String key, String body) {}

    @AfterEach
    void stop() throws InterruptedException {
        for (AppProcess app : apps) {
            app.kill();
        }
        postgres.stop();
        RestAssured.reset();
    }

    @Test
    void h2KeepsEveryAcknowledgedWrite() throws Exception {
        Path data = Path.of("target", "crash-it", "h2-" + System.nanoTime()).toAbsolutePath();
        crashAndCheck(
                System.getProperty("riyaz.h2.jar", "target/quarkus-app/quarkus-run.jar"),
                Map.of("RIYAZ_DATA_DIR", data.toString()));
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedWrite() throws Exception {
        Map<String, String> db = postgres.start();
        crashAndCheck(
                System.getProperty("riyaz.postgresql.jar", "target/postgresql/quarkus-run.jar"),
                Map.of(
                        "RIYAZ_DB_URL", db.get("quarkus.datasource.jdbc.url"),
                        "RIYAZ_DB_USER", db.get("quarkus.datasource.username"),
                        "RIYAZ_DB_PASSWORD", db.get("quarkus.datasource.password")));
    }

    private void crashAndCheck(String jar, Map<String, String> database) throws Exception {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("RIYAZ_BCRYPT_COST", "4"); // signing up and making a token take milliseconds, not seconds
        AppProcess app = start(jar, environment);

        Person writer = People.signUp("UTC");
        List<Long> goals = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            goals.add(Goals.measured(writer));
        }
        Map<Write, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean streaming = new AtomicBoolean(true);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            long goal = goals.get(i);
            String client = "c" + i;
            clients.submit(() -> stream(http, app, writer, goal, client, streaming, acknowledged, unanswered));
        }
        await("acknowledged writes")
                .atMost(Duration.ofSeconds(30))
                .until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);

        // A new person and their token, both answered 201 in the last second before the kill.
        long newcomerStarted = System.nanoTime();
        Person newcomer = People.signUp("UTC");
        app.kill();
        Duration beforeKill = Duration.ofNanos(System.nanoTime() - newcomerStarted);
        streaming.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(beforeKill).as("the newcomer was made just before the kill").isLessThan(JUST_BEFORE);

        AppProcess restarted = start(jar, environment);
        Map<Long, Set<Long>> stored = storedEntries(writer, goals);
        Set<Long> all = new HashSet<>();
        stored.values().forEach(all::addAll);
        assertThat(all).as("entries answered 201 before the kill").containsAll(acknowledged.values());
        assertThat(all.size())
                .as("no entry beyond the acknowledged ones and the %d in flight", unanswered.get())
                .isBetween(acknowledged.size(), acknowledged.size() + unanswered.get());
        newcomer.api().get("/api/v1/me").then().statusCode(200).body(Json.at("email", equalTo(newcomer.email())));

        for (Map.Entry<Write, Long> write : acknowledged.entrySet()) {
            HttpResponse<String> answer = post(http, restarted, writer, write.getKey());
            assertThat(answer.statusCode()).as(write.getKey().key()).isEqualTo(201);
            assertThat(JsonPath.from(answer.body()).getLong("id")).isEqualTo(write.getValue());
        }
        assertThat(storedEntries(writer, goals)).as("entries after the replay").isEqualTo(stored);
        System.out.printf(
                "%s: killed with %d writes answered 201 and %d unanswered, the newcomer made %d ms before the kill;"
                        + " after the restart all %d were there (%d entries), the replay added none.%n",
                jar, acknowledged.size(), unanswered.get(), beforeKill.toMillis(), acknowledged.size(), all.size());
    }

    private AppProcess start(String jar, Map<String, String> environment) throws IOException {
        AppProcess app = AppProcess.start(jar, environment);
        apps.add(app);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = app.port();
        return app;
    }

    /** One client: POSTs practice with a fresh key until told to stop or the server is gone. */
    private static void stream(
            HttpClient http,
            AppProcess app,
            Person writer,
            long goal,
            String client,
            AtomicBoolean streaming,
            Map<Write, Long> acknowledged,
            AtomicInteger unanswered) {
        for (int n = 0; streaming.get(); n++) {
            String key = client + "-" + n;
            Write write = new Write(goal, key, "{\"amount\":5,\"note\":\"" + key + "\"}");
            try {
                HttpResponse<String> answer = post(http, app, writer, write);
                if (answer.statusCode() != 201) {
                    throw new AssertionError(key + " answered " + answer.statusCode() + ": " + answer.body());
                }
                acknowledged.put(write, JsonPath.from(answer.body()).getLong("id"));
            } catch (IOException e) {
                unanswered.incrementAndGet(); // killed while this request was on its way: it may or may not be in
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static HttpResponse<String> post(HttpClient http, AppProcess app, Person writer, Write write)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(app.baseUri() + "/api/v1/goals/" + write.goalId() + "/entries"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + writer.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", write.key())
                .POST(HttpRequest.BodyPublishers.ofString(write.body()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The ids of each goal's entries, read page by page through the API. */
    private static Map<Long, Set<Long>> storedEntries(Person owner, List<Long> goals) {
        Map<Long, Set<Long>> stored = new HashMap<>();
        for (long goal : goals) {
            Set<Long> ids = new HashSet<>();
            for (int page = 0; ; page++) {
                JsonPath answer = owner.api()
                        .get("/api/v1/entries?goalId={goal}&page={page}&size=500", goal, page)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Long> items = answer.getList("items.id", Long.class);
                ids.addAll(items);
                if (items.isEmpty() || ids.size() >= answer.getLong("total")) {
                    break;
                }
            }
            stored.put(goal, ids);
        }
        return stored;
    }
}
