package dev.riyaz.push;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.riyaz.common.PinnedHttp;

/**
 * One HTTP/1.1 POST to a push service, to an address already checked (connecting to it directly, so a second name
 * look-up cannot lead anywhere else), within a connect timeout and one deadline for the whole exchange. Only the
 * status line and headers of the answer are read. The JDK's HttpClient looks the name up again itself, which is why
 * this is a socket ({@link PinnedHttp}, shared with {@code resource.PageTitles}).
 */
final class PushPost {

    private static final int MAX_HEAD = 16 * 1024;

    private PushPost() {}

    /** The answer's status and its {@code Retry-After} in seconds, if any. */
    record Answer(int status, Optional<Duration> retryAfter) {}

    static Answer post(
            URI uri,
            InetAddress address,
            Map<String, String> headers,
            byte[] body,
            Duration connectTimeout,
            Duration requestTimeout)
            throws IOException {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), (int)
                    Math.min(connectTimeout.toMillis(), PinnedHttp.millisLeft(deadline)));
            plain.setSoTimeout(PinnedHttp.millisLeft(deadline));
            Socket socket = https ? PinnedHttp.tls(plain, bare, port) : plain;
            StringBuilder head = new StringBuilder();
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            head.append("POST ").append(path).append(" HTTP/1.1\r\n");
            head.append("Host: ")
                    .append(host)
                    .append(uri.getPort() == -1 ? "" : ":" + uri.getPort())
                    .append("\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String answer = PinnedHttp.readHead(socket.getInputStream(), socket, deadline, MAX_HEAD);
            if (answer.isEmpty()) {
                throw new IOException("no answer");
            }
            return answer(answer);
        }
    }

    private static Answer answer(String head) throws IOException {
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer");
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new IOException("no status in the answer");
        }
        Optional<Duration> retryAfter = Optional.empty();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0
                    && lines[i].substring(0, colon)
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .equals("retry-after")) {
                String value = lines[i].substring(colon + 1).strip();
                if (value.matches("[0-9]{1,7}")) {
                    retryAfter = Optional.of(Duration.ofSeconds(Long.parseLong(value)));
                }
            }
        }
        return new Answer(code, retryAfter);
    }
}
