package dev.riyaz.cluster;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.riyaz.testing.ClusterTest;
import dev.riyaz.testing.EmbeddedPostgresResource;
import dev.riyaz.testing.PushService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Riyaz processes (the PostgreSQL build) on one real PostgreSQL, one SMTP server and one push service (played on
 * 127.0.0.1). Many reminders fall due at the same instant, each by mail and by push to the person's phone; the node
 * that starts dispatching them is killed (SIGKILL) in the middle of its run. The other node takes over, and every
 * person gets exactly one mail and exactly one push.
 */
@ClusterTest
class MultiNodeRemindersIT {

    private static final int PEOPLE = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    private final EmbeddedPostgresResource database = new EmbeddedPostgresResource();
    private final List<Node> nodes = new ArrayList<>();
    private GreenMail smtp;
    private PushService pushService;

    /** One running Riyaz process and the file its output goes to. */
    private record Node(String name, Process process, int port, Path log) {

        String output() throws IOException {
            return Files.readString(log);
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (Node node : nodes) {
            node.process().destroyForcibly().waitFor();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (pushService != null) {
            pushService.close();
        }
        database.stop();
    }

    @Test
    void everyMailAndPushArrivesExactlyOnceWhenTheDispatchingNodeIsKilledMidRun() throws Exception {
        Map<String, String> db = database.start();
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        pushService = PushService.start();
        List<PushService.Subscription> phones = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            phones.add(pushService.subscribe());
        }

        Node first = start("a", db, smtpPort);
        awaitReady(first); // the first node builds the schema
        Node second = start("b", db, smtpPort);
        awaitReady(second);

        Instant due = Instant.now().plusSeconds(8);
        seed(db, due, phones);

        Node killed = awaitFirstClaim(first, second);
        killed.process().destroyForcibly();
        killed.process().waitFor();
        Node survivor = killed == first ? second : first;

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> smtp.getReceivedMessages().length >= PEOPLE);
        Duration late = Duration.between(due, Instant.now());
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> pushService.received().size() >= PEOPLE);
        // A mail (a push) reaches its server before its outbox row leaves 'pending': once none is pending, every send
        // that will ever happen (a second one included) has arrived.
        await().atMost(PATIENCE).until(() -> pendingMails(db) == 0);
        Map<String, Integer> pushesPerPhone = new HashMap<>();
        for (PushService.Received push : pushService.received()) {
            pushesPerPhone.merge(push.path(), 1, Integer::sum);
        }
        assertThat(pushesPerPhone)
                .as("pushes per phone; survivor log:%n%s", tail(survivor))
                .hasSize(PEOPLE)
                .allSatisfy((phone, count) -> assertThat(count).as(phone).isEqualTo(1));
        // Each push is the reminder, readable only with that phone's key.
        PushService.Subscription sample = phones.get(PEOPLE / 2);
        String samplePath = URI.create(sample.endpoint()).getPath();
        PushService.Received samplePush = pushService.received().stream()
                .filter(push -> push.path().equals(samplePath))
                .findFirst()
                .orElseThrow();
        assertThat(sample.read(samplePush.body())).contains("\"title\":\"Katas\"", "\"action\":\"done\"");
        Map<String, Integer> perPerson = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            perPerson.merge(recipient(message), 1, Integer::sum);
        }
        assertThat(perPerson)
                .as("mails per person; survivor log:%n%s", tail(survivor))
                .hasSize(PEOPLE)
                .allSatisfy((person, count) -> assertThat(count).as(person).isEqualTo(1));
        assertThat(smtp.getReceivedMessages()).hasSize(PEOPLE);
        assertThat(killed.output()).contains("Reminders: claimed");
        System.out.printf(
                "Killed node %s mid-run; all %d mails and %d pushes arrived within %d s of their due time, each once.%n",
                killed.name(), PEOPLE, PEOPLE, late.toSeconds());
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery(
                    "select count(*) filter (where status = 'sent'), count(*) from outbox_mail where kind = 'reminder'");
            // One mail and one push per person.
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2 * PEOPLE);
            assertThat(rows.getInt(2)).isEqualTo(2 * PEOPLE);
        }
    }

    private Node start(String name, Map<String, String> db, int smtpPort) throws IOException {
        Path log = Files.createTempFile("riyaz-node-" + name, ".log");
        int port = freePort();
        String jar = System.getProperty("riyaz.postgresql.jar", "target/postgresql/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + db.get("quarkus.datasource.jdbc.url"),
                "-Dquarkus.datasource.username=" + db.get("quarkus.datasource.username"),
                "-Dquarkus.datasource.password=" + db.get("quarkus.datasource.password"),
                "-Dquarkus.datasource.jdbc.max-size=8",
                "-Driyaz.mail.smtp-host=127.0.0.1",
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + smtpPort,
                "-Dquarkus.mailer.start-tls=DISABLED",
                "-Dquarkus.mailer.login=DISABLED",
                "-Dquarkus.mailer.max-pool-size=1",
                "-Driyaz.mail.secret=multi-node-test",
                // The push service this test plays listens on plain http at 127.0.0.1.
                "-Driyaz.push.allow-loopback=true",
                "-Driyaz.mail.dispatch-every=1s",
                "-Driyaz.mail.dispatch-delay=1s",
                // The periodic sender first runs a minute after start: until then a node sends only what its own
                // dispatcher run queued, after the run. So the node killed mid-run has no mail on the wire.
                "-Driyaz.mail.send-every=30s",
                "-Driyaz.mail.dispatch-batch=10",
                "-Dquarkus.log.category.\"dev.riyaz.reminder\".level=DEBUG",
                "-jar",
                jar));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Node node = new Node(name, process, port, log);
        nodes.add(node);
        return node;
    }

    private static void awaitReady(Node node) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!node.process().isAlive()) {
                        throw new AssertionError("node " + node.name() + " stopped:\n" + node.output());
                    }
                    try {
                        HttpURLConnection connection =
                                (HttpURLConnection) URI.create("http://127.0.0.1:" + node.port() + "/q/health/ready")
                                        .toURL()
                                        .openConnection();
                        connection.setConnectTimeout(500);
                        return connection.getResponseCode() == 200;
                    } catch (IOException e) {
                        return false; // not up yet
                    }
                });
    }

    /** The node whose dispatcher claims the first batch, as soon as its log says so. */
    private static Node awaitFirstClaim(Node... nodes) {
        AtomicReference<Node> claimed = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    for (Node node : nodes) {
                        if (node.output().contains("Reminders: claimed")) {
                            claimed.set(node);
                            return true;
                        }
                    }
                    return false;
                });
        return claimed.get();
    }

    private static int pendingMails(Map<String, String> db) throws SQLException {
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from outbox_mail where status = 'pending'");
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * People in UTC, each with a goal, a phone subscribed to push and a reminder by mail and push due at the same
     * instant; straight into the database.
     */
    private static void seed(Map<String, String> db, Instant due, List<PushService.Subscription> phones)
            throws SQLException {
        String at = DateTimeFormatter.ISO_INSTANT.format(due);
        String time =
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(due);
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement()) {
            statement.execute("insert into app_user (id, email, display_name, password_hash, time_zone, created_at)"
                    + " select 1000000 + n, 'person' || n || '@nodes.test', 'Person ' || n, 'x', 'UTC', now()"
                    + " from generate_series(1, " + PEOPLE + ") n");
            statement.execute("insert into goal (id, owner_id, title, kind, schedule_type, start_date, color, position,"
                    + " created_at) select 1000000 + n, 1000000 + n, 'Katas', 'check', 'daily', date '2026-01-01',"
                    + " '#8a3b12', 0, now() from generate_series(1, " + PEOPLE + ") n");
            statement.execute("insert into reminder (id, owner_id, goal_id, kind, local_time, days, only_if_not_done,"
                    + " enabled, next_fire_at, created_at, channels) select 1000000 + n, 1000000 + n, 1000000 + n,"
                    + " 'goal', time '" + time + "', 'MON,TUE,WED,THU,FRI,SAT,SUN', true, true, timestamptz '" + at
                    + "', now(), 'mail,push' from generate_series(1, " + PEOPLE + ") n");
        }
        try (Connection connection = connect(db);
                var insert = connection.prepareStatement("insert into push_device (id, user_id, name, endpoint, p256dh,"
                        + " auth, created_at) values (?, ?, 'Phone', ?, ?, ?, now())")) {
            for (int n = 1; n <= phones.size(); n++) {
                PushService.Subscription phone = phones.get(n - 1);
                insert.setLong(1, 1000000 + n);
                insert.setLong(2, 1000000 + n);
                insert.setString(3, phone.endpoint());
                insert.setString(4, phone.p256dh());
                insert.setString(5, phone.auth());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Connection connect(Map<String, String> db) throws SQLException {
        return DriverManager.getConnection(
                db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"),
                db.get("quarkus.datasource.password"));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Node node) throws IOException {
        String output = node.output();
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
