package dev.riyaz.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * Sends requests byte for byte as written, as no well-behaved client library would: bad %-escapes in the address, no
 * {@code Content-Type}, a body sent chunked, a body cut short. One connection per request.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private RawHttp() {}

    /** The status line's code, the headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request: {@code target} is sent as is, {@code body} may be null; {@code chunked} sends it in chunks. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body, boolean chunks) {

        public static Request of(String method, String target) {
            return new Request(method, target, new LinkedHashMap<>(), null, false);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request body(String contentType, byte[] content) {
            Request request = new Request(method, target, headers, content, chunks);
            return contentType == null ? request : request.header("Content-Type", contentType);
        }

        public Request body(String contentType, String content) {
            return body(contentType, content.getBytes(StandardCharsets.UTF_8));
        }

        public Request chunked() {
            return new Request(method, target, headers, body, true);
        }

        @Override
        public String toString() {
            String type = headers.getOrDefault("Content-Type", "no type");
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
            return method + " " + target + " [" + type + (chunks ? ", chunked" : "") + ", "
                    + (body == null ? 0 : body.length) + " bytes] " + shown.replaceAll("\\p{Cntrl}", "?");
        }
    }

    public static Answer send(Request request) {
        return sendFrom(null, request);
    }

    /**
     * Sends from another loopback address ({@code 127.0.0.2}, ...), as a client on another machine would; the whole
     * 127.0.0.0/8 network is this machine's, so nothing leaves it. A null source is the usual one.
     */
    public static Answer sendFrom(String source, Request request) {
        try (Socket socket = new Socket()) {
            if (source != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n");
            head.append("Host: localhost\r\nConnection: close\r\n");
            request.headers()
                    .forEach((name, value) ->
                            head.append(name).append(": ").append(value).append("\r\n"));
            if (request.body() != null && !request.chunks()) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            } else if (request.chunks()) {
                head.append("Transfer-Encoding: chunked\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            writeBody(socket, request);
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Sending " + request, e);
        }
    }

    /** Writes the body; stops early, without failing, when the server has answered and closed already. */
    private static void writeBody(Socket socket, Request request) throws IOException {
        byte[] body = request.body() == null ? new byte[0] : request.body();
        OutputStream out = socket.getOutputStream();
        try {
            if (!request.chunks()) {
                out.write(body);
            } else {
                for (int at = 0; at < body.length && socket.getInputStream().available() == 0; at += CHUNK) {
                    int size = Math.min(CHUNK, body.length - at);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, at, size);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException e) {
            // The server refused the body part-way (a 413) and closed: its answer is read next.
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // A reset after the answer arrived: keep what was read.
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            throw new IOException("No HTTP answer: " + text.substring(0, Math.min(text.length(), 200)));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, text.substring(end + 4));
    }
}
