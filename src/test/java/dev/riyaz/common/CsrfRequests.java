package dev.riyaz.common;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.Links;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.People;
import dev.riyaz.testing.PushDevices;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.WebForms;
import dev.riyaz.testing.WriteRoutes.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests for the CSRF tests, as a browser or a script could send them (every content type, with or without the
 * token), and an owner of one of everything, so that only the CSRF guard can refuse a write.
 */
final class CsrfRequests {

    static final String WRONG = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final Pattern PARAM = Pattern.compile("([^/]+)/\\{([A-Za-z]+)}");

    /** A body as a browser or a script could send it; NONE is no body and no Content-Type. */
    enum Body {
        FORM("application/x-www-form-urlencoded"),
        MULTIPART("multipart/form-data; boundary=riyaz-test"),
        JSON("application/json"),
        TEXT("text/plain"),
        NONE(null);

        final String type;

        Body(String type) {
            this.type = type;
        }

        boolean form() {
            return this == FORM || this == MULTIPART;
        }
    }

    /** What the request carries besides the session cookie. */
    enum Token {
        /** The session cookie alone, as in the attack. */
        COOKIE_ONLY,
        /** The csrf-token cookie, but no token in the request. */
        MISSING,
        /** The csrf-token cookie and a wrong token in the X-CSRF-Token header. */
        WRONG_HEADER,
        /** The csrf-token cookie and a wrong token in the csrf-token form field (form bodies). */
        WRONG_FIELD,
        /** The csrf-token cookie and the same token in the field (form bodies) or the header. */
        VALID
    }

    /** A person signed in in a browser, and one of each thing they can own. */
    record Owner(WebForms.Visitor browser, Map<String, String> ids) {}

    private final URL base;
    private final LinkTokens links;
    private final HttpClient http = HttpClient.newHttpClient();

    CsrfRequests(URL base, LinkTokens links) {
        this.base = base;
        this.links = links;
    }

    HttpResponse<String> send(String method, String path, Body body, Token token, WebForms.Visitor browser)
            throws IOException, InterruptedException {
        String csrf = browser == null ? null : browser.csrf();
        String sent = token == Token.VALID ? csrf : WRONG;
        List<String> cookies = new ArrayList<>();
        if (browser != null) {
            cookies.add("riyaz_session=" + browser.session);
        }
        if (token != Token.COOKIE_ONLY && csrf != null) {
            cookies.add("csrf-token=" + csrf);
        }
        String field = token == Token.WRONG_FIELD || token == Token.VALID && body.form() ? sent : null;
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .method(method, publisher(body, field));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        if (body.type != null) {
            request.header("Content-Type", body.type);
        }
        if (token == Token.WRONG_HEADER || token == Token.VALID && !body.form()) {
            request.header("X-CSRF-Token", sent);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher publisher(Body body, String csrfField) {
        String token = csrfField == null ? "" : csrfField;
        return HttpRequest.BodyPublishers.ofString(
                switch (body) {
                    case FORM -> "title=Hijacked&amount=5" + (csrfField == null ? "" : "&csrf-token=" + token);
                    case MULTIPART -> part("title", "Hijacked")
                            + (csrfField == null ? "" : part("csrf-token", token))
                            + "--riyaz-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n"
                            + "Content-Type: application/json\r\n\r\n{}\r\n--riyaz-test--\r\n";
                    case JSON -> "{\"title\": \"Hijacked\", \"amount\": 5, \"name\": \"hijacked\"}";
                    case TEXT -> "title=Hijacked";
                    case NONE -> "";
                });
    }

    private static String part(String name, String value) {
        return "--riyaz-test\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** The route's path with each parameter filled with the id of something the owner has, so only CSRF refuses. */
    static String fill(Route route, Owner owner) {
        Matcher m = PARAM.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String key = m.group(2).equals("reminderId") ? "reminders" : m.group(1);
            String id = owner.ids.get(key);
            assertThat(id)
                    .as("an object of the owner for {%s} in %s", m.group(2), route)
                    .isNotNull();
            m.appendReplacement(path, Matcher.quoteReplacement(m.group(1) + "/" + id));
        }
        m.appendTail(path);
        return path.toString();
    }

    /**
     * Someone signed up through the pages, with a goal, an entry, a reminder, a resource, a token, an upload, a device
     * for push and a circle with an invite link.
     */
    Owner owner(String name) {
        String email = name + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person person = new People.Person(browser.userId(), email, People.tokenFor(email));
        long goal = Goals.measured(person);
        long reminder = Reminders.addAt(person, goal, "18:00");
        long resource = Links.create(
                person.api(), Map.of("url", "https://docs.python.org/3/tutorial/", "goalIds", List.of(goal)));
        long entry = Entries.log(person, goal, Entries.amount(LocalDate.parse("2026-03-13"), "20"));
        long token = Json.longAt(
                Json.read(person.api().get("/api/v1/tokens").then().statusCode(200))
                        .path(0),
                "id");
        LoopExport loop = new LoopExport();
        loop.habit("Katas").mark("2026-03-01", "YES_MANUAL");
        String upload = browser.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop.zip())
                .header("Location")
                .replaceAll(".*/", "");
        long device = PushDevices.add(person, "Phone", name);
        long circle = Json.longAt(
                person.api()
                        .body(Map.of("name", "Study group"))
                        .post("/api/v1/circles")
                        .then()
                        .statusCode(201),
                "id");
        JsonNode invite = Json.read(person.api()
                .body(Map.of())
                .post("/api/v1/circles/{id}/invites", circle)
                .then()
                .statusCode(201));
        browser.get("/settings");
        Map<String, String> ids = Map.ofEntries(
                Map.entry("circles", Long.toString(circle)),
                Map.entry("members", Long.toString(person.id())),
                Map.entry("invites", Long.toString(Json.longAt(invite, "id"))),
                Map.entry("join", Json.textAt(invite, "token")),
                Map.entry("devices", Long.toString(device)),
                Map.entry("user", Long.toString(person.id())),
                Map.entry("email", email),
                Map.entry("bearer", person.token()),
                Map.entry("goals", Long.toString(goal)),
                Map.entry("goal", Long.toString(goal)),
                Map.entry("reminders", Long.toString(reminder)),
                Map.entry("resources", Long.toString(resource)),
                Map.entry("resource", Long.toString(resource)),
                Map.entry("entries", Long.toString(entry)),
                Map.entry("tokens", Long.toString(token)),
                Map.entry("import", upload),
                Map.entry(
                        "log",
                        links.sign(new LinkTokens.Claim(LinkTokens.Action.log, person.id(), goal, "2026-03-14"))),
                Map.entry(
                        "snooze",
                        links.sign(
                                new LinkTokens.Claim(LinkTokens.Action.snooze, person.id(), reminder, "2026-03-14"))));
        return new Owner(browser, ids);
    }
}
