package dev.riyaz.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.riyaz.common.PublicAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a page's title within bounds, from a tiny web server on this machine. The address guard is off here
 * (every address allowed) except where a test checks the guard itself.
 */
class PageTitlesTest {

    private static final PageTitles.Limits LIMITS = new PageTitles.Limits(Duration.ofSeconds(2), 64 * 1024, 3);

    private HttpServer server;
    private ExecutorService workers;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        workers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        workers.shutdownNow();
    }

    @Test
    void theTitleIsReadFromThePage() throws IOException {
        page(
                "/",
                "text/html; charset=utf-8",
                "<!doctype html><html><head>\n<TITLE lang=en>\n  Python &amp; you:\n"
                        + "   the  tutorial &#8212; r&eacute;sum&#xE9; </TITLE></head><body>hi</body></html>");
        assertThat(anyAddress().titleOf(url("/"))).contains("Python & you: the tutorial — r&eacute;sumé");
    }

    @Test
    void theCharsetOfThePageIsRespected() throws IOException {
        page("/latin", "text/html; charset=ISO-8859-1", "<title>Café</title>", StandardCharsets.ISO_8859_1);
        page(
                "/meta",
                "text/html",
                "<meta charset=\"windows-1252\"><title>Naïve</title>",
                Charset.forName("windows-1252"));
        assertThat(anyAddress().titleOf(url("/latin"))).contains("Café");
        assertThat(anyAddress().titleOf(url("/meta"))).contains("Naïve");
    }

    @Test
    void aLongTitleIsCut() throws IOException {
        page("/", "text/html", "<title>" + "word ".repeat(100) + "</title>");
        assertThat(anyAddress().titleOf(url("/")).orElseThrow()).hasSize(200).endsWith("…");
    }

    @Test
    void aHugePageIsReadOnlyUpToItsTitleOrTheLimit() throws IOException {
        String filler = "<p>" + "x".repeat(1000) + "</p>\n";
        page("/early", "text/html", "<title>Early</title>" + filler.repeat(2000));
        page("/late", "text/html", "<head>" + filler.repeat(80) + "<title>Too late</title></head>");
        assertThat(anyAddress().titleOf(url("/early"))).contains("Early");
        assertThat(anyAddress().titleOf(url("/late")))
                .as("past 64 KiB nothing is read")
                .isEmpty();
    }

    @Test
    void aSlowServerGivesNoTitleOnceTheTimeIsUp() {
        server.createContext("/slow", exchange -> {
            requests.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        PageTitles titles = new PageTitles(new PageTitles.Limits(Duration.ofMillis(300), 65536, 3), workers, a -> true);
        long start = System.nanoTime();
        assertThat(titles.titleOf(url("/slow"))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("the server would answer after 10 s")
                .isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void onlyHtmlHasATitle() throws IOException {
        page("/json", "application/json", "{\"title\": \"<title>no</title>\"}");
        page("/none", null, "<title>no type</title>");
        assertThat(anyAddress().titleOf(url("/json"))).isEmpty();
        assertThat(anyAddress().titleOf(url("/none"))).isEmpty();
    }

    @Test
    void redirectsAreFollowedThreeTimesAtMost() throws IOException {
        page("/end", "text/html", "<title>Arrived</title>");
        redirect("/r1", "/r2");
        redirect("/r2", "/r3");
        redirect("/r3", "/end");
        redirect("/loop", "/loop");
        assertThat(anyAddress().titleOf(url("/r3"))).contains("Arrived");
        assertThat(anyAddress().titleOf(url("/r1"))).contains("Arrived");
        assertThat(anyAddress().titleOf(url("/loop"))).isEmpty();
        redirect("/ftp", "ftp://example.com/file");
        assertThat(anyAddress().titleOf(url("/ftp"))).isEmpty();
    }

    @Test
    void withTheGuardOnLoopbackIsNeverContacted() throws IOException {
        page("/", "text/html", "<title>Internal admin</title>");
        PageTitles guarded = new PageTitles(LIMITS, workers, PublicAddresses::isPublic);
        assertThat(guarded.titleOf(url("/"))).isEmpty();
        assertThat(guarded.titleOf("http://localhost:" + port() + "/")).isEmpty();
        assertThat(requests.get()).as("no request reached the server").isZero();
    }

    @Test
    void aRedirectIsCheckedAgainBeforeItIsFollowed() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        AtomicInteger reached = new AtomicInteger();
        other.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        other.start();
        try {
            redirect("/away", "http://127.0.0.2:" + other.getAddress().getPort() + "/");
            InetAddress first = InetAddress.getLoopbackAddress();
            PageTitles onlyFirst = new PageTitles(LIMITS, workers, first::equals);
            assertThat(onlyFirst.titleOf(url("/away"))).isEmpty();
            assertThat(requests.get()).isEqualTo(1);
            assertThat(reached.get()).as("the redirect's address was refused").isZero();
        } finally {
            other.stop(0);
        }
    }

    @Test
    void privateAndSpecialAddressesAreNotPublic() throws IOException {
        for (String address : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:a00:1::1"
        }) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
        for (String address : new String[] {"93.184.216.34", "151.101.1.69", "2606:4700::6810:84e5"}) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
    }

    private PageTitles anyAddress() {
        return new PageTitles(LIMITS, workers, address -> true);
    }

    private void page(String path, String type, String html) {
        page(path, type, html, StandardCharsets.UTF_8);
    }

    private void page(String path, String type, String html, Charset charset) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                notFound(exchange);
                return;
            }
            requests.incrementAndGet();
            byte[] body = html.getBytes(charset);
            if (type != null) {
                exchange.getResponseHeaders().add("Content-Type", type);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // The reader stopped early, as it should on a huge page.
            }
        });
        startOnce();
    }

    private void redirect(String path, String to) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", to);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        startOnce();
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
    }

    private boolean started;

    private void startOnce() {
        if (!started) {
            server.start();
            started = true;
        }
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }
}
