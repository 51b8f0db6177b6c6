package dev.riyaz.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for tests (GreenMail) on a free loopback port. Tests read what arrived, and may stop it and start
 * it again on the same port to play a mail server that is down for a while.
 */
public class SmtpServer implements io.quarkus.test.common.QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        up();
        return Map.of(
                "riyaz.mail.smtp-host", "127.0.0.1",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED",
                "riyaz.mail.send-timeout", "PT5S");
    }

    @Override
    public void stop() {
        down();
    }

    /** The running server; fails when it is down. */
    public static GreenMail get() {
        GreenMail current = server;
        if (current == null) {
            throw new IllegalStateException("the test SMTP server is down");
        }
        return current;
    }

    public static synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            awaitGreeting();
        }
    }

    /** Waits until the server greets a client, so a test never talks to a server that is still starting. */
    private static void awaitGreeting() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(1000);
                String greeting = new java.io.BufferedReader(new java.io.InputStreamReader(
                                socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                        .readLine();
                if (greeting != null && greeting.startsWith("220")) {
                    socket.getOutputStream().write("QUIT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    return;
                }
            } catch (IOException e) {
                // not ready yet
            }
        }
        throw new IllegalStateException("the test SMTP server did not greet within 10 s");
    }

    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Forgets every mail received so far. */
    public static void clear() throws Exception {
        get().purgeEmailFromAllMailboxes();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
