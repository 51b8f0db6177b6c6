package dev.riyaz.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.RawHttp;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app around the pages: the manifest and icons that make Riyaz installable, compressed answers, and static files
 * at versioned addresses that browsers may keep for a year.
 */
@QuarkusTest
class AppShellTest {

    private static final Pattern STYLESHEET =
            Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/riyaz\\.css\\?v=(\\w+))\">");
    private static final Pattern SCRIPTS = Pattern.compile("<script src=\"([^\"]+)\" defer>");
    private static final String YEAR = "public, max-age=31536000, immutable";

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageLinksTheManifestIconsAndThemeColours() throws Exception {
        for (String page : List.of("/login", "/signup")) {
            String html = get(page, Map.of()).bodyText();
            assertThat(html)
                    .contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
                    .contains("<meta name=\"theme-color\" content=\"#ffffff\" media=\"(prefers-color-scheme: light)\">")
                    .contains("<meta name=\"theme-color\" content=\"#211f1c\" media=\"(prefers-color-scheme: dark)\">")
                    .containsPattern("<meta name=\"description\" content=\"[^\"]{50,}\">")
                    .containsPattern("<link rel=\"icon\" href=\"/favicon\\.ico\\?v=\\w{16}\" sizes=\"32x32\">")
                    .containsPattern("<link rel=\"icon\" href=\"/favicon\\.svg\\?v=\\w{16}\" type=\"image/svg\\+xml\">")
                    .containsPattern("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon\\.png\\?v=\\w{16}\">");
            Matcher icons = Pattern.compile("<link rel=\"(?:icon|apple-touch-icon)\" href=\"([^\"]+)\"")
                    .matcher(html);
            while (icons.find()) {
                Answer icon = get(icons.group(1), Map.of());
                assertThat(icon.status).as(icons.group(1)).isEqualTo(200);
                assertThat(icon.header("Cache-Control")).as(icons.group(1)).isEqualTo(YEAR);
            }
        }
    }

    @Test
    void theManifestNamesRiyazItsStartAndIconsThatAreThere() throws Exception {
        Answer answer = get("/manifest.webmanifest", Map.of());
        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/manifest+json");
        JsonNode manifest = new ObjectMapper().readTree(answer.bodyText());
        assertThat(manifest.path("name").asText()).isEqualTo("Riyaz");
        assertThat(manifest.path("short_name").asText()).isEqualTo("Riyaz");
        assertThat(manifest.path("start_url").asText()).isEqualTo("/");
        assertThat(manifest.path("scope").asText()).isEqualTo("/");
        assertThat(manifest.path("display").asText()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asText()).isEqualTo("#ffffff");
        assertThat(manifest.path("background_color").asText()).isEqualTo("#faf7f2");
        int pngs = 0;
        boolean maskable = false;
        for (JsonNode icon : manifest.path("icons")) {
            Answer file = get(icon.path("src").asText(), Map.of());
            assertThat(file.status).as(icon.toString()).isEqualTo(200);
            assertThat(file.header("Content-Type"))
                    .as(icon.toString())
                    .startsWith(icon.path("type").asText());
            assertThat(file.header("Cache-Control")).as(icon.toString()).isEqualTo(YEAR);
            if (icon.path("type").asText().equals("image/png")) {
                pngs++;
                int[] size = pngSize(file.body);
                assertThat(size[0] + "x" + size[1])
                        .as(icon.toString())
                        .isEqualTo(icon.path("sizes").asText());
                maskable |= icon.path("purpose").asText().equals("maskable");
            }
        }
        assertThat(pngs).isGreaterThanOrEqualTo(3);
        assertThat(maskable).isTrue();
        assertThat(manifest.toString()).contains("\"sizes\":\"192x192\"").contains("\"sizes\":\"512x512\"");
    }

    @Test
    void scriptsComeOnlyWithThePagesThatUseThem() throws Exception {
        assertThat(scripts(get("/login", Map.of()).bodyText()))
                .as("signing in needs no script")
                .isEmpty();
        assertThat(scripts(get("/signup", Map.of()).bodyText()))
                .as("sign-up's zone picker takes the browser's zone with riyaz.js, and no htmx")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("/js/riyaz.js?v=");

        String email = "scripts-" + System.nanoTime() + "@example.com";
        WebForms.Visitor visitor = WebForms.signedUp(email);
        Map<String, String> cookie = Map.of("Cookie", "riyaz_session=" + visitor.session);
        String empty = get("/", cookie).bodyText();
        assertThat(empty).doesNotContain("hx-");
        assertThat(scripts(empty))
                .as("Today without a goal has nothing for htmx; a signed-in page keeps practice while offline")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("/js/offline.js?v=");
        assertThat(empty).doesNotContain("htmx-config");

        Goals.check(new People.Person(visitor.userId(), email, People.tokenFor(email)), "Sitar scales");
        String today = get("/", cookie).bodyText();
        assertThat(today).contains("hx-post=");
        assertThat(scripts(today))
                .as("Today's Done buttons update in place with htmx")
                .anyMatch(src -> src.contains("/htmx.min.js"))
                .anyMatch(src -> src.startsWith("/js/riyaz.js?v="));
        assertThat(today).contains("<meta name=\"htmx-config\"");
        assertThat(scripts(today))
                .as("Today keeps practice while offline")
                .anyMatch(src -> src.startsWith("/js/offline.js?v="));
        assertThat(scripts(get("/progress", cookie).bodyText()))
                .as("Progress has no script but the offline one of every signed-in page")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("/js/offline.js?v=");
    }

    private static List<String> scripts(String html) {
        return SCRIPTS.matcher(html).results().map(m -> m.group(1)).toList();
    }

    @Test
    void theStylesheetAndScriptsAreAtVersionedAddressesKeptForAYear() throws Exception {
        String email = "assets-" + System.nanoTime() + "@example.com";
        WebForms.Visitor visitor = WebForms.signedUp(email);
        Goals.check(new People.Person(visitor.userId(), email, People.tokenFor(email)), "Sitar scales");
        Answer page = get("/", Map.of("Cookie", "riyaz_session=" + visitor.session)); // Today, with both scripts
        assertThat(String.valueOf(page.header("Cache-Control")))
                .as("a page is never kept")
                .doesNotContain("max-age")
                .doesNotContain("immutable");
        Matcher stylesheet = STYLESHEET.matcher(page.bodyText());
        assertThat(stylesheet.find()).as(page.bodyText()).isTrue();
        Answer css = get(stylesheet.group(1), Map.of());
        assertThat(css.status).isEqualTo(200);
        assertThat(sha256(css.body)).startsWith(stylesheet.group(2));
        assertThat(css.header("Cache-Control")).isEqualTo(YEAR);

        List<String> sources = scripts(page.bodyText());
        assertThat(sources).anyMatch(src -> src.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js"));
        assertThat(sources).anyMatch(src -> src.matches("/js/riyaz\\.js\\?v=\\w{16}"));
        for (String source : sources) {
            Answer script = get(source, Map.of());
            assertThat(script.status).as(source).isEqualTo(200);
            assertThat(script.header("Cache-Control")).as(source).isEqualTo(YEAR);
            if (source.contains("?v=")) {
                assertThat(sha256(script.body)).startsWith(source.substring(source.indexOf("?v=") + 3));
            }
        }

        // Any other address of the same file is asked for again each time, so an upgrade shows at once.
        for (String stale :
                List.of("/css/riyaz.css", "/css/riyaz.css?v=0123456789abcdef", "/webjars/htmx.org/dist/htmx.min.js")) {
            Answer answer = get(stale, Map.of());
            assertThat(answer.status).as(stale).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).as(stale).isEqualTo("no-cache");
        }
        RawHttp.Answer badlyEncoded = RawHttp.send(RawHttp.Request.of("GET", "/css/riyaz.css?v=%zz"));
        assertThat(badlyEncoded.status()).isLessThan(500);
        assertThat(String.valueOf(badlyEncoded.header("Cache-Control"))).doesNotContain("immutable");
    }

    @Test
    void pagesStylesScriptsAndJsonAreCompressedWhenTheClientAsks() throws Exception {
        People.Person person = People.signUp();
        person.api()
                .body(Map.of("title", "Sitar scales"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201);
        String css = STYLESHEET
                .matcher(get("/login", Map.of()).bodyText())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        Map<String, Map<String, String>> requests = Map.of(
                "/login",
                Map.of(),
                css,
                Map.of(),
                "/js/riyaz.js",
                Map.of(),
                "/api/v1/goals",
                Map.of("Authorization", "Bearer " + person.token()));
        for (var request : requests.entrySet()) {
            Answer plain = get(request.getKey(), request.getValue());
            assertThat(plain.status).as(request.getKey()).isEqualTo(200);
            assertThat(plain.header("Content-Encoding")).as(request.getKey()).isIn(null, "identity");

            var asking = new java.util.HashMap<>(request.getValue());
            asking.put("Accept-Encoding", "gzip");
            Answer zipped = get(request.getKey(), asking);
            assertThat(zipped.status).as(request.getKey()).isEqualTo(200);
            assertThat(zipped.header("Content-Encoding")).as(request.getKey()).isEqualTo("gzip");
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body)).readAllBytes();
            assertThat(zipped.body.length).as(request.getKey()).isLessThan(unzipped.length);
            if (!request.getKey().equals("/login")) { // each page carries a fresh CSRF token
                assertThat(new String(unzipped, StandardCharsets.UTF_8))
                        .as(request.getKey())
                        .isEqualTo(plain.bodyText());
            }
        }
    }

    private Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Width and height from a PNG's header chunk. */
    private static int[] pngSize(byte[] png) {
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }
}
