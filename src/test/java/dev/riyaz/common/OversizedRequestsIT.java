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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.riyaz.common.OversizedAttacks.Attack;
import dev.riyaz.common.OversizedAttacks.Target;
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

    private Process app;
    private Path log;

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

        OversizedAttacks.warmUp(target);
        long before = heapAfterFullCollection(port);
        for (int round = 0; round < ROUNDS; round++) {
            for (Attack attack : OversizedAttacks.attacks()) {
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
                settings,
                String.join(" ", flags),
                ROUNDS * OversizedAttacks.attacks().size(),
                before >> 20,
                after >> 20);
        assertThat(after).as("heap used after the attacks").isLessThan(before + HEAP_SLACK);
        assertThat(app.isAlive()).isTrue();
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
