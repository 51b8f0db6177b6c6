package dev.riyaz.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The packaged app as a separate process, the way an operator runs it: a jar, environment variables, its own port and
 * log file. For integration tests that kill it or restart it on the same data.
 */
public final class AppProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts this jar with these environment variables (no RIYAZ_* variable of the test's own environment). */
    public static AppProcess start(String jar, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("riyaz-app", ".log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RIYAZ_"));
        builder.environment().putAll(environment);
        builder.environment().put("RIYAZ_PORT", Integer.toString(port));
        builder.environment().put("RIYAZ_HOST", "127.0.0.1");
        AppProcess app = new AppProcess(builder.start(), port, log);
        app.awaitReady();
        return app;
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL on Linux: no shutdown hook, no clean close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The last lines of the process's output, for failure messages. */
    public String tail() {
        try {
            String output = Files.readString(log);
            return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady() {
        await("ready on port " + port)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the app stopped:\n" + tail());
                    }
                    return ready();
                });
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
