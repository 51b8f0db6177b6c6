package dev.riyaz.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.restassured.RestAssured;

/**
 * Sends a request to the app under test from another loopback address (127.0.0.2, 127.0.0.3, ...), as a client on
 * another machine would: the whole 127.0.0.0/8 network is this machine's, so no traffic leaves it.
 */
public final class OtherAddress {

    private OtherAddress() {}

    /** The status code of a log-in with HTTP Basic at {@code POST /api/v1/tokens}, sent from {@code source}. */
    public static int logIn(String source, String email, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\":\"script\"}";
        String request = "POST /api/v1/tokens HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Basic " + credentials + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n"
                + body;
        return status(source, request);
    }

    private static int status(String source, String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            // "HTTP/1.1 201 Created"
            return Integer.parseInt(answer.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
