package dev.riyaz.common;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Tables;
import dev.riyaz.testing.WebForms;
import dev.riyaz.testing.WriteRoutes;
import dev.riyaz.testing.WriteRoutes.Route;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every state-changing route of the application (read from its JAX-RS annotations), in every content type and with
 * no body, is refused without the session's CSRF token or with a wrong one, and writes nothing; the same request with
 * the token gets through. Saturday 14 March 2026.
 */
@QuarkusTest
class CsrfGuardTest {

    private static final String WRONG = "AAAAAAAAAAAAAAAAAAAAAA";
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

    @TestHTTPResource("/")
    URL base;

    @Inject
    LinkTokens links;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A person signed in in a browser, and one of each thing they can own. */
    record Owner(WebForms.Visitor browser, Map<String, String> ids) {}

    @BeforeEach
    void fixClock() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
    }

    @Test
    void theRoutesAreReadFromTheApplication() {
        List<Route> routes = WriteRoutes.all();
        assertThat(routes).hasSizeGreaterThan(40);
        assertThat(routes.stream().map(Route::toString))
                .contains(
                        "DELETE /api/v1/goals/{id}",
                        "PATCH /api/v1/me/mail",
                        "POST /api/v1/goals",
                        "POST /goals/{id}/delete",
                        "POST /logout",
                        "POST /m/log/{token}",
                        "POST /settings/import");
    }

    @Test
    void everyWriteWithoutAValidTokenIsRefusedAndWritesNothing() throws Exception {
        Owner owner = owner("csrf-refused");
        String before = Tables.snapshot();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Route route : WriteRoutes.all()) {
            String path = fill(route, owner);
            for (Body body : Body.values()) {
                for (Token token : List.of(Token.COOKIE_ONLY, Token.MISSING, Token.WRONG_HEADER, Token.WRONG_FIELD)) {
                    wrong.addAll(refused(route, send(route.method(), path, body, token, owner.browser), body));
                    sent++;
                }
                if (!route.api()) {
                    // Pages check the token for people not signed in too: log-in and sign-up forms, mail links.
                    wrong.addAll(refused(route, send(route.method(), path, body, Token.COOKIE_ONLY, null), body));
                    sent++;
                }
            }
        }
        assertThat(wrong)
                .as("answers of %d requests without a valid token", sent)
                .isEmpty();
        assertThat(Tables.snapshot()).as("nothing was written").isEqualTo(before);
        given().cookie("riyaz_session", owner.browser.session)
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void theSameWritesWithTheTokenGetThrough() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Route route : WriteRoutes.all()) {
            Owner owner = owner("csrf-allowed");
            Body body = route.api() ? Body.JSON : route.accepts(Body.FORM.type) ? Body.FORM : Body.MULTIPART;
            HttpResponse<String> answer = send(route.method(), fill(route, owner), body, Token.VALID, owner.browser);
            if (answer.statusCode() == 403 || answer.statusCode() >= 500) {
                refused.add(route + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void aTokenInTheRequestLetsTheWriteHappen() throws Exception {
        Owner owner = owner("csrf-writes");
        long goal = Long.parseLong(owner.ids.get("goal"));
        assertThat(send("POST", "/goals/" + goal + "/delete", Body.FORM, Token.VALID, owner.browser)
                        .statusCode())
                .isEqualTo(303);
        assertThat(Tables.count("goal", "id = ?1", goal)).isZero();

        long resource = Long.parseLong(owner.ids.get("resource"));
        assertThat(send("DELETE", "/api/v1/resources/" + resource, Body.NONE, Token.VALID, owner.browser)
                        .statusCode())
                .isEqualTo(204);
        assertThat(Tables.count("resource", "id = ?1", resource)).isZero();
    }

    @Test
    void scriptsWithAPersonalTokenOrBasicSendNoCsrfToken() {
        Owner owner = owner("csrf-scripts");
        given().auth()
                .oauth2(owner.ids.get("bearer"))
                .cookie("riyaz_session", owner.browser.session)
                .contentType("application/json")
                .body(Map.of("title", "From a script"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201);
        given().auth()
                .preemptive()
                .basic(owner.ids.get("email"), People.PASSWORD)
                .cookie("riyaz_session", owner.browser.session)
                .contentType("application/json")
                .body(Map.of("name", "laptop"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store");
    }

    @Test
    void aTokenMadeInTheBrowserIsNotCached() throws Exception {
        Owner owner = owner("csrf-no-store");
        HttpResponse<String> created = send("POST", "/api/v1/tokens", Body.JSON, Token.VALID, owner.browser);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theCsrfCookieIsSameSiteLax() {
        List<String> cookies =
                given().get("/login").then().statusCode(200).extract().headers().getValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("csrf-token="))
                .singleElement()
                .asString()
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void theApiDocumentNamesTheHeader() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.csrf.name", equalTo("X-CSRF-Token"))
                .body("components.securitySchemes.csrf.in", equalTo("header"));
    }

    @Test
    void mailClientsUnsubscribeWithOneClickAndNoCookies() {
        Owner owner = owner("csrf-one-click");
        long userId = Long.parseLong(owner.ids.get("user"));
        String link = links.sign(new LinkTokens.Claim(LinkTokens.Action.unsubscribe, userId, 0, ""));
        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/u/" + link + "x")
                .then()
                .statusCode(404);
        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/u/" + link)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(owner.ids.get("bearer"))
                .get("/api/v1/me/mail")
                .then()
                .body("allMail", equalTo(false));
    }

    private static List<String> refused(Route route, HttpResponse<String> answer, Body body) {
        boolean unreadable = !route.api() && body.form() && !route.accepts(body.type);
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        boolean clear = route.api()
                ? type.startsWith("application/problem+json") && answer.body().contains("X-CSRF-Token")
                : type.startsWith("text/html") && answer.body().contains("This request was refused");
        if (status == 403 && clear || unreadable && status == 415) {
            return List.of();
        }
        return List.of(route + " " + body + " -> " + status + " " + type);
    }

    private HttpResponse<String> send(String method, String path, Body body, Token token, WebForms.Visitor browser)
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
    private static String fill(Route route, Owner owner) {
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

    /** Someone signed up through the pages, with a goal, an entry, a reminder, a resource, a token and an upload. */
    private Owner owner(String name) {
        String email = name + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person person = new People.Person(browser.userId(), email, People.tokenFor(email));
        long goal = Goals.measured(person);
        long reminder = Reminders.addAt(person, goal, "18:00");
        long resource = person.api()
                .body(Map.of("url", "https://docs.python.org/3/tutorial/", "goalIds", List.of(goal)))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long entry = Entries.log(person, goal, Entries.amount(LocalDate.parse("2026-03-13"), "20"));
        long token =
                person.api().get("/api/v1/tokens").then().extract().jsonPath().getLong("[0].id");
        LoopExport loop = new LoopExport();
        loop.habit("Katas").mark("2026-03-01", "YES_MANUAL");
        String upload = browser.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop.zip())
                .header("Location")
                .replaceAll(".*/", "");
        browser.get("/settings");
        Map<String, String> ids = Map.ofEntries(
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
