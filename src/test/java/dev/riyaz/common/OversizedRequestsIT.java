package dev.riyaz.common;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged app (H2 build), started with the JVM memory settings the README gives, takes oversized dates, ranges,
 * counts, page sizes, search texts and lists on every endpoint and page that has them, several times each: every one
 * is a quick 422, the process lives on, and its heap after a full collection is where it was before.
 */
class OversizedRequestsIT {

    private static final int ROUNDS = 5;
    private static final Duration QUICK = Duration.ofSeconds(2);
    private static final long HEAP_SLACK = 32L * 1024 * 1024;
    private static final Pattern RUN_LINE = Pattern.compile("&& java (.*?) -jar target/quarkus-app/quarkus-run.jar");
    private static final Pattern SMALL_SERVER = Pattern.compile("(?m)^RIYAZ_JAVA_OPTS=\"(.*)\"$");

    /** A Riyaz export of one goal with one entry more than a file may hold. */
    private static final String IMPORT_OVER_LIMIT = overLimitImport();

    private Process app;
    private Path log;

    /** One oversized request: what it is, and how to send it for a person and a browser. */
    private record Attack(String name, Function<Target, Response> send) {}

    /** Who and what the attacks aim at. */
    private record Target(People.Person person, WebForms.Visitor browser, long goal, long reminder) {}

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
        RestAssured.reset();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run command", "small server"})
    void oversizedRequestsAreQuick422sAndLeaveTheHeapWhereItWas(String settings) throws Exception {
        List<String> flags = readmeFlags(settings);
        assertThat(flags).as("the README bounds the heap").anyMatch(flag -> flag.startsWith("-Xmx"));
        int port = start(settings, flags);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;

        People.Person asha = People.signUp();
        long goal = Goals.check(asha, "Katas");
        long reminder = Reminders.addAt(asha, goal, "07:30");
        Goals.log(asha, goal, Map.of());
        WebForms.Visitor browser = WebForms.visitor();
        assertThat(browser.logIn(asha.email(), People.PASSWORD).statusCode()).isEqualTo(303);
        Target target = new Target(asha, browser, goal, reminder);

        warmUp(target);
        long before = heapAfterFullCollection(port);
        for (int round = 0; round < ROUNDS; round++) {
            for (Attack attack : attacks()) {
                long start = System.nanoTime();
                Response answer = attack.send().apply(target);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(answer.statusCode()).as(attack.name()).isEqualTo(422);
                assertThat(took).as(attack.name()).isLessThan(QUICK);
                assertThat(app.isAlive())
                        .as("alive after %s; log:%n%s", attack.name(), tail())
                        .isTrue();
            }
        }
        long after = heapAfterFullCollection(port);
        System.out.printf(
                "README %s (%s): %d oversized requests, all 422; heap used after a full GC %d MB before, %d MB after%n",
                settings, String.join(" ", flags), ROUNDS * attacks().size(), before >> 20, after >> 20);
        assertThat(after).as("heap used after the attacks").isLessThan(before + HEAP_SLACK);
        assertThat(app.isAlive()).isTrue();
    }

    private static List<Attack> attacks() {
        String huge = "+999999999-12-31";
        String tiny = "-999999999-01-01";
        String longText = "a".repeat(3000);
        return List.of(
                api("scores to a far year", t -> t.person().api().queryParam("to", huge), "/api/v1/goals/%d/scores"),
                api(
                        "scores from a far year",
                        t -> t.person().api().queryParam("from", tiny),
                        "/api/v1/goals/%d/scores"),
                api("scores over 130 years", t -> span(t.person().api()), "/api/v1/goals/%d/scores"),
                api("summary over all years", t -> wide(t.person().api()), "/api/v1/summary"),
                api("summary over 130 years", t -> span(t.person().api()), "/api/v1/summary"),
                api("stats on a far day", t -> t.person().api().queryParam("on", huge), "/api/v1/goals/%d/stats"),
                api(
                        "entries page size",
                        t -> t.person().api().queryParam("size", Integer.MAX_VALUE),
                        "/api/v1/entries"),
                api("entries page", t -> t.person().api().queryParam("page", Integer.MAX_VALUE), "/api/v1/entries"),
                api("entries over all years", t -> wide(t.person().api()), "/api/v1/entries"),
                api(
                        "upcoming count",
                        t -> t.person().api().queryParam("count", Integer.MAX_VALUE),
                        "/api/v1/reminders/%2$d/upcoming"),
                api(
                        "upcoming from a far year",
                        t -> t.person().api().queryParam("from", tiny),
                        "/api/v1/reminders/%2$d/upcoming"),
                api("library search text", t -> t.person().api().queryParam("q", longText), "/api/v1/resources"),
                post("goal with 50000 tags", "/api/v1/goals", t -> Map.of("title", "x", "tags", many("t", 50_000))),
                post(
                        "resource with 100000 goals",
                        "/api/v1/resources",
                        t -> Map.of("url", "https://example.com/", "goalIds", Collections.nCopies(100_000, t.goal()))),
                post(
                        "reminder with 100000 days",
                        "/api/v1/goals/%d/reminders",
                        t -> Map.of("time", "07:30", "days", Collections.nCopies(100_000, "MON"))),
                new Attack(
                        "import of 100001 entries",
                        t -> t.person().api().body(IMPORT_OVER_LIMIT).post("/api/v1/import")),
                page("progress page over all years", t -> "/progress?from=" + tiny + "&to=" + huge),
                page("progress page over 130 years", t -> "/progress?from=1970-01-01&to=2100-12-31"),
                page("goal page month", t -> "/goals/" + t.goal() + "?month=+999999999-12"),
                page("goal day page", t -> "/goals/" + t.goal() + "/days/" + tiny),
                page("library page search", t -> "/resources?q=" + longText));
    }

    /** The same endpoints with values at their limits, so the heap is measured after the app has warmed up. */
    private static void warmUp(Target t) {
        for (int i = 0; i < 3; i++) {
            t.person().api().queryParam("to", "2100-12-31").get(path("/api/v1/goals/%d/scores", t));
            t.person()
                    .api()
                    .queryParams(Map.of("from", "2000-01-01", "to", "2010-01-01"))
                    .get("/api/v1/summary");
            t.person().api().queryParam("size", 500).get("/api/v1/entries");
            t.person().api().queryParam("count", 100).get(path("/api/v1/reminders/%2$d/upcoming", t));
            t.person().api().queryParam("q", "a".repeat(200)).get("/api/v1/resources");
            t.browser().get("/progress?from=2000-01-01&to=2010-01-01");
            t.browser().get("/goals/" + t.goal() + "?month=2100-12");
            t.browser().get("/resources?q=python");
        }
    }

    private static Attack api(String name, Function<Target, RequestSpecification> request, String path) {
        return new Attack(name, t -> request.apply(t).get(path(path, t)));
    }

    private static Attack post(String name, String path, Function<Target, Map<String, ?>> body) {
        return new Attack(name, t -> t.person().api().body(body.apply(t)).post(path(path, t)));
    }

    private static Attack page(String name, Function<Target, String> path) {
        return new Attack(name, t -> t.browser().get(path.apply(t)));
    }

    private static String path(String pattern, Target t) {
        return String.format(pattern, t.goal(), t.reminder());
    }

    private static RequestSpecification span(RequestSpecification request) {
        return request.queryParam("from", "1970-01-01").queryParam("to", "2100-12-31");
    }

    private static RequestSpecification wide(RequestSpecification request) {
        return request.queryParam("from", "-999999999-01-01").queryParam("to", "+999999999-12-31");
    }

    private static String overLimitImport() {
        StringBuilder body = new StringBuilder("{\"format\":\"riyaz-export\",\"version\":1,"
                + "\"goals\":[{\"id\":1,\"title\":\"Katas\"}],\"entries\":[");
        for (int i = 0; i <= 100_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"goalId\":1,\"date\":\"2020-01-01\"}");
        }
        return body.append("]}").toString();
    }

    private static List<String> many(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    /** The JVM flags of the README's run command (its first code block) or of its small-server section. */
    private static List<String> readmeFlags(String settings) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = (settings.equals("run command") ? RUN_LINE : SMALL_SERVER).matcher(readme);
        assertThat(m.find()).as("the README's %s", settings).isTrue();
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    private int start(String settings, List<String> flags) throws Exception {
        Path dir = Path.of("target", "oversized-requests-it", settings.replace(' ', '-'));
        Files.createDirectories(dir);
        try (var old = Files.newDirectoryStream(dir)) {
            for (Path file : old) {
                Files.walk(file).sorted(Collections.reverseOrder()).forEach(p -> p.toFile()
                        .delete());
            }
        }
        log = dir.resolve("app.log");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Driyaz.data-dir=" + dir.resolve("data").toAbsolutePath(),
                "-jar",
                System.getProperty("riyaz.h2.jar", "target/quarkus-app/quarkus-run.jar")));
        app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady(port);
        return port;
    }

    private void awaitReady(int port) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    assertThat(app.isAlive()).as("the app stopped:%n%s", tail()).isTrue();
                    try {
                        HttpURLConnection connection =
                                (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready")
                                        .toURL()
                                        .openConnection();
                        connection.setConnectTimeout(500);
                        return connection.getResponseCode() == 200;
                    } catch (IOException e) {
                        return false; // not up yet
                    }
                });
    }

    /** Asks the JVM for a full collection (jcmd GC.run), then reads the heap in use from the app's own metrics. */
    private long heapAfterFullCollection(int port) throws Exception {
        Process gc = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(app.pid()),
                        "GC.run")
                .redirectErrorStream(true)
                .start();
        assertThat(gc.waitFor())
                .as("jcmd GC.run: %s", new String(gc.getInputStream().readAllBytes()))
                .isZero();
        return (long) given().port(port)
                .get("/q/metrics")
                .asString()
                .lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String tail() {
        try {
            String output = Files.readString(log);
            return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
