import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP sink for the reminder benchmark: accepts every mail, keeps none, and counts them with the time the
 * first and the last were accepted (epoch milliseconds). Every second it rewrites the stats file:
 * {@code count first_ms last_ms}. Thread per connection; no PIPELINING, as most servers.
 *
 *   java bench/reminders/SmtpSink.java PORT STATS_FILE
 */
public class SmtpSink {

    static final AtomicLong COUNT = new AtomicLong();
    static final AtomicLong FIRST = new AtomicLong();
    static final AtomicLong LAST = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path stats = Path.of(args[1]);
        Thread writer = new Thread(() -> {
            while (true) {
                try {
                    Files.writeString(stats, COUNT.get() + " " + FIRST.get() + " " + LAST.get() + "\n");
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        writer.setDaemon(true);
        writer.start();
        try (ServerSocket server = new ServerSocket(port, 200, java.net.InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket socket = server.accept();
                new Thread(() -> serve(socket)).start();
            }
        }
    }

    static void serve(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream raw = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            PrintWriter out = new PrintWriter(raw, false, StandardCharsets.ISO_8859_1);
            reply(out, "220 sink ready");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 10485760");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // discard the message
                        }
                        long now = System.currentTimeMillis();
                        FIRST.compareAndSet(0, now);
                        LAST.accumulateAndGet(now, Math::max);
                        COUNT.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not here");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
