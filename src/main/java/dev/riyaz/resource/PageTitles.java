package dev.riyaz.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import io.quarkus.logging.Log;

import dev.riyaz.common.PinnedHttp;
import dev.riyaz.common.PublicAddresses;

/**
 * Reads the {@code <title>} of a web page within strict bounds: http and https only, one deadline for the whole
 * fetch (names looked up, connects, redirects and reads), at most {@code maxBytes} of the page, at most
 * {@code maxRedirects} redirects, only {@code text/html}. Every address a host name has is checked before connecting,
 * on every redirect, and the connection goes to the checked address itself (no second look-up that could answer
 * differently).
 */
final class PageTitles {

    /** The bounds of one fetch. */
    record Limits(Duration timeout, int maxBytes, int maxRedirects) {}

    private static final int MAX_HEADERS = 16 * 1024;

    private final Limits limits;
    private final ExecutorService workers;
    private final Predicate<InetAddress> allowed;

    /** {@code allowed} says which addresses may be connected to; {@link PublicAddresses#isPublic} on any shared server. */
    PageTitles(Limits limits, ExecutorService workers, Predicate<InetAddress> allowed) {
        this.limits = limits;
        this.workers = workers;
        this.allowed = allowed;
    }

    /** The page's title, or empty when it cannot be read in time (the caller then names the link by its host). */
    Optional<String> titleOf(String url) {
        Future<Optional<String>> fetch;
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try {
            fetch = workers.submit(() -> read(URI.create(url), deadline));
        } catch (RejectedExecutionException | IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return fetch.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fetch.cancel(true);
            Log.debugf("No title for a link: no answer within %s", limits.timeout());
            return Optional.empty();
        } catch (ExecutionException e) {
            Log.debugf("No title for a link: %s", e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> read(URI start, long deadline) throws IOException {
        URI uri = start;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            PageAnswer answer = get(uri, deadline);
            if (answer.redirect() && answer.location() != null) {
                uri = uri.resolve(answer.location().strip());
                continue;
            }
            if (answer.status() != 200 || !answer.html()) {
                return Optional.empty();
            }
            return TitleText.of(answer.body(), answer.body().length, answer.contentType());
        }
        return Optional.empty();
    }

    private PageAnswer get(URI uri, long deadline) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("not a web address: " + scheme);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IOException("no host");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress address = checked(InetAddress.getAllByName(bare));
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), PinnedHttp.millisLeft(deadline));
            plain.setSoTimeout(PinnedHttp.millisLeft(deadline));
            Socket socket = scheme.equals("https") ? PinnedHttp.tls(plain, bare, port) : plain;
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String hostHeader = host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + hostHeader + "\r\nUser-Agent: Riyaz (reads link titles)"
                            + "\r\nAccept: text/html\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            PageAnswer head = PageAnswer.head(PinnedHttp.readHead(in, socket, deadline, MAX_HEADERS));
            if (head.redirect() || head.status() != 200 || !head.html()) {
                return head;
            }
            return head.withBody(readBody(in, socket, deadline));
        }
    }

    /** The one address to connect to, when every address of the host may be fetched from. */
    private InetAddress checked(InetAddress[] addresses) throws IOException {
        if (addresses.length == 0) {
            throw new IOException("no address");
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw new IOException("refused: not a public address");
            }
        }
        return addresses[0];
    }

    private byte[] readBody(InputStream in, Socket socket, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (body.size() < limits.maxBytes()) {
            socket.setSoTimeout(PinnedHttp.millisLeft(deadline));
            int n = in.read(buffer, 0, Math.min(buffer.length, limits.maxBytes() - body.size()));
            if (n < 0) {
                break;
            }
            body.write(buffer, 0, n);
            if (TitleText.hasTitleEnd(body.toByteArray())) {
                break;
            }
        }
        return body.toByteArray();
    }
}
