package dev.riyaz.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 POST to a push service, to an address already checked (connecting to it directly, so a second name
 * look-up cannot lead anywhere else), within a connect timeout and one deadline for the whole exchange. Only the
 * status line and headers of the answer are read. The JDK's HttpClient looks the name up again itself, which is why
 * this is a socket, as {@code resource.PageTitles} is.
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
                    Math.min(connectTimeout.toMillis(), millisLeft(deadline)));
            plain.setSoTimeout(millisLeft(deadline));
            Socket socket = https ? tls(plain, bare, port) : plain;
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
            return answer(readHead(socket.getInputStream(), socket, deadline));
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

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        try {
            SSLSocket tls =
                    (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(plain, host, port, false);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!host.contains(":") && !host.matches("[0-9.]+")) {
                parameters.setServerNames(List.of(new SNIHostName(IDN.toASCII(host))));
            }
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static String readHead(InputStream in, Socket socket, long deadline) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < MAX_HEAD) {
            socket.setSoTimeout(millisLeft(deadline));
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                break;
            }
        }
        if (head.size() == 0) {
            throw new IOException("no answer");
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int millisLeft(long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new IOException("out of time");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }
}
