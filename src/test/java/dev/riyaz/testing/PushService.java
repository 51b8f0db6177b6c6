package dev.riyaz.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.riyaz.push.MessageEncryption;
import dev.riyaz.push.P256;

/**
 * Plays a browser's push service on 127.0.0.1: it keeps every POST it receives and answers with the status the test
 * chose. It also holds the browser's side of a subscription (its key pair and auth secret), so a test can read a
 * message as the browser would.
 */
public final class PushService implements AutoCloseable {

    /** One POST as the push service received it. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A browser's subscription: what it tells the server, and the private key only it has. */
    public record Subscription(String endpoint, String p256dh, String auth, ECPrivateKey privateKey) {

        public Map<String, Object> json(String name) {
            return Map.of("name", name, "endpoint", endpoint, "keys", Map.of("p256dh", p256dh, "auth", auth));
        }

        /** The message as the browser reads it. */
        public String read(byte[] body) {
            return new String(
                    MessageEncryption.decrypt(body, privateKey, P256.unbase64(p256dh), P256.unbase64(auth)),
                    StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> everything = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(201);
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private PushService(HttpServer server) {
        this.server = server;
    }

    public static PushService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PushService service = new PushService(server);
            server.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                Received push = new Received(
                        exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
                service.everything.add(push);
                service.received.add(push);
                exchange.sendResponseHeaders(service.status.get(), -1);
                exchange.close();
            });
            server.start();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status the next pushes are answered with (201 at first). */
    public void answer(int code) {
        status.set(code);
    }

    /** A new subscription whose endpoint is on this push service. */
    public Subscription subscribe() {
        KeyPair browser = P256.generate();
        byte[] auth = new byte[16];
        new java.security.SecureRandom().nextBytes(auth);
        return new Subscription(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + System.nanoTime(),
                P256.base64(P256.encode((ECPublicKey) browser.getPublic())),
                P256.base64(auth),
                (ECPrivateKey) browser.getPrivate());
    }

    /** The next POST received, waiting up to five seconds for it. */
    public Received next() {
        try {
            Received next = received.poll(5, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("the push service received nothing");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every POST received so far, in order, whether or not {@link #next()} took it. */
    public List<Received> received() {
        return List.copyOf(everything);
    }

    /** How many POSTs arrived and were not taken by {@link #next()}. */
    public int waiting() {
        return received.size();
    }

    /** Stops answering: pushes then fail to connect. Closing twice is harmless. */
    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            server.stop(0);
        }
    }

    /**
     * The claims of a VAPID {@code Authorization} header ({@code vapid t=<JWT>, k=<key>}), after checking the JWT's
     * ES256 signature with the key it names; an {@link AssertionError} when it does not verify.
     */
    public static Map<String, Object> verifiedVapidClaims(String authorization) {
        String[] parts = authorization.split(",\\s*");
        if (parts.length != 2 || !parts[0].startsWith("vapid t=") || !parts[1].startsWith("k=")) {
            throw new AssertionError("not a VAPID header: " + authorization);
        }
        String jwt = parts[0].substring("vapid t=".length());
        ECPublicKey key = P256.publicKey(P256.unbase64(parts[1].substring(2)));
        String[] pieces = jwt.split("\\.");
        try {
            Map<String, Object> header = JSON.readValue(P256.unbase64(pieces[0]), new TypeReference<>() {});
            if (!"ES256".equals(header.get("alg"))) {
                throw new AssertionError("not ES256: " + header);
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update((pieces[0] + "." + pieces[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(der(P256.unbase64(pieces[2])))) {
                throw new AssertionError("the VAPID signature does not verify");
            }
            return JSON.readValue(P256.unbase64(pieces[1]), new TypeReference<>() {});
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The DER form Java verifies of a JOSE signature (r and s, 32 bytes each). */
    static byte[] der(byte[] joseSignature) {
        if (joseSignature.length != 64) {
            throw new AssertionError("an ES256 signature is 64 bytes, not " + joseSignature.length);
        }
        byte[] r = new BigInteger(1, Arrays.copyOfRange(joseSignature, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(joseSignature, 32, 64)).toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.write(2 + r.length + 2 + s.length);
        out.write(0x02);
        out.write(r.length);
        out.writeBytes(r);
        out.write(0x02);
        out.write(s.length);
        out.writeBytes(s);
        return out.toByteArray();
    }
}
