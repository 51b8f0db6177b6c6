package dev.riyaz.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.RawHttp;
import dev.riyaz.testing.RawHttp.Request;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Tables;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds of malformed request that once ended in a 500, or were read when the contract says they are not: each is
 * now a 4xx, and nothing is written.
 */
@QuarkusTest
class MalformedRequestTest {

    @Inject
    LinkTokens tokens;

    private People.Person asha;
    private long goal;
    private String before;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp();
        goal = Goals.measured(asha);
        before = Tables.snapshot();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Tables.snapshot()).isEqualTo(before);
    }

    private RawHttp.Answer api(String method, String target, String contentType, String body) {
        Request request = Request.of(method, target).header("Authorization", "Bearer " + asha.token());
        return RawHttp.send(body == null ? request : request.body(contentType, body));
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aKeyTwiceIs400() {
        assertProblem(
                api(
                        "POST",
                        "/api/v1/tokens",
                        "application/json",
                        "{\"name\":\"a\",\"expiresInDays\":30,\"name\":\"b\"}"),
                400);
        assertProblem(api("POST", "/api/v1/goals", "application/json", "{\"title\":\"a\",\"title\":\"b\"}"), 400);
    }

    @Test
    void contentAfterTheJsonIs400() {
        assertProblem(api("POST", "/api/v1/goals", "application/json", "{\"title\":\"p\"}}"), 400);
        assertProblem(api("POST", "/api/v1/goals", "application/json", "{\"title\":\"p\"} {\"title\":\"q\"}"), 400);
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        assertProblem(api("POST", "/api/v1/goals", null, "{\"title\":\"p\"}"), 415);
        assertProblem(api("PATCH", "/api/v1/goals/" + goal, null, "{\"title\":\"p\"}"), 415);
    }

    @Test
    void chunkedBodiesAreCountedAndRefusedOver1MiB() {
        String big = "{\"title\":\"" + "a".repeat(1024 * 1024) + "\"}";
        Request request = Request.of("POST", "/api/v1/goals")
                .header("Authorization", "Bearer " + asha.token())
                .body("application/json", big)
                .chunked();

        assertProblem(RawHttp.send(request), 413);
    }

    @Test
    void aChunkedImportOver32MiBIsRefusedAndWritesNothing() {
        byte[] big = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Request request = Request.of("POST", "/api/v1/import")
                .header("Authorization", "Bearer " + asha.token())
                .body("application/json", big)
                .chunked();

        assertThat(RawHttp.send(request).status()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() {
        Request json = Request.of("POST", "/api/v1/goals")
                .header("Authorization", "Bearer " + asha.token())
                .body("application/json", "{\"title\":\"Chunked JSON\"}")
                .chunked();
        assertThat(RawHttp.send(json).status()).isEqualTo(201);

        WebForms.Visitor visitor = WebForms.visitor();
        visitor.logIn(asha.email(), People.PASSWORD);
        visitor.get("/goals/new");
        String form = "csrf-token=" + visitor.csrf()
                + "&title=Chunked+form&kind=check&scheduleType=daily&startDate=2026-03-01&color=%233867d6";
        Request page = Request.of("POST", "/goals")
                .header("Cookie", "riyaz_session=" + visitor.session + "; csrf-token=" + visitor.csrf())
                .header("X-CSRF-Token", visitor.csrf())
                .body("application/x-www-form-urlencoded", form)
                .chunked();
        assertThat(RawHttp.send(page).status()).isEqualTo(303);

        assertThat(Goals.listedIds(asha, "")).hasSize(3);
        before = Tables.snapshot();
    }

    @Test
    void aHugeAmountIs422WithOrWithoutIdempotencyKey() {
        String target = "/api/v1/goals/" + goal + "/entries";
        for (String amount : new String[] {"1e10000", "-1e10000", "1e-10000", "1e999999999"}) {
            String body = "{\"amount\":" + amount + "}";
            Request request = Request.of("POST", target)
                    .header("Authorization", "Bearer " + asha.token())
                    .header("Idempotency-Key", "huge-" + amount)
                    .body("application/json", body);

            assertThat(RawHttp.send(request).status()).as(amount).isIn(400, 422);
            assertThat(api("POST", target, "application/json", body).status())
                    .as(amount)
                    .isIn(400, 422);
        }
    }

    @Test
    void aHugeAmountInTheMailLogFormIsShownAsAnError() {
        String link =
                "/m/log/" + tokens.sign(new LinkTokens.Claim(LinkTokens.Action.log, asha.id(), goal, "2026-03-14"));
        for (String amount : new String[] {"1e10000", "1e-999999999", "9".repeat(1000)}) {
            WebForms.visitor()
                    .post(link, link, Map.of("amount", amount))
                    .then()
                    .statusCode(200)
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("is logged for")));
        }
    }

    @Test
    void farAwayDatesAreRefusedBeforeAnyDayArithmetic() {
        long reminder = Reminders.addAt(asha, goal, "07:30");
        before = Tables.snapshot();
        for (String day : new String[] {"-999999999-01-01", "+999999999-12-31", "0000-12-31", "+10000-01-01"}) {
            // a parameter outside the bounds is a 422 saying the limit; a body date no day arithmetic can hold, a 400
            String query = day.replace("+", "%2B");
            assertProblem(api("GET", "/api/v1/reminders/" + reminder + "/upcoming?from=" + query, null, null), 422);
            assertProblem(api("GET", "/api/v1/goals/" + goal + "/scores?to=" + query, null, null), 422);
            assertProblem(
                    api("POST", "/api/v1/goals/" + goal + "/entries", "application/json", "{\"date\":\"" + day + "\"}"),
                    400);
        }
    }

    @Test
    void aNextAddressThatIsNoPathGoesHome() {
        WebForms.Visitor visitor = WebForms.visitor();
        for (String next : new String[] {"/%20x", "/%09x", "/%22x", "/%7Cx", "/%0D%0ALocation:%20x", "/%7B%7D"}) {
            assertThat(RawHttp.send(Request.of("GET", "/login?next=" + next)).status())
                    .as(next)
                    .isEqualTo(200);
            var answer = visitor.post(
                    "/login",
                    "/login",
                    Map.of("email", asha.email(), "password", People.PASSWORD, "next", decode(next)));
            assertThat(answer.statusCode()).as(next).isEqualTo(303);
            assertThat(answer.header("Location")).as(next).endsWith("/");
            assertThat(RawHttp.send(Request.of("GET", "/login?next=" + next)
                                    .header("Cookie", "riyaz_session=" + visitor.session))
                            .header("Location"))
                    .as(next)
                    .endsWith("/");
        }
        before = Tables.snapshot();
    }

    @Test
    void brokenFormsAre400() {
        WebForms.Visitor visitor = WebForms.visitor();
        visitor.logIn(asha.email(), People.PASSWORD);
        visitor.get("/goals/new");
        before = Tables.snapshot();
        String csrf = visitor.csrf();
        String cookies = "riyaz_session=" + visitor.session + "; csrf-token=" + csrf;
        String form = "application/x-www-form-urlencoded";
        String many = "title=x&csrf-token=" + csrf + "&f=1".repeat(1200);
        String part = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n";
        Map<String, String[]> bodies = Map.of(
                "bad escape", new String[] {form, "title=%zz&csrf-token=" + csrf},
                "too many fields", new String[] {form, many},
                "empty multipart", new String[] {"multipart/form-data; boundary=b", ""},
                "cut multipart", new String[] {"multipart/form-data; boundary=b", part.substring(0, part.length() - 9)},
                "no end", new String[] {"multipart/form-data; boundary=b", part},
                "wrong boundary", new String[] {"multipart/form-data; boundary=zz", part + "--b--\r\n"},
                "no boundary", new String[] {"multipart/form-data", part + "--b--\r\n"});
        java.util.List<String> notRefused = new java.util.ArrayList<>();
        bodies.forEach((name, body) -> {
            for (String action : new String[] {"/goals", "/goals/" + goal + "/archive", "/settings/profile"}) {
                Request request = Request.of("POST", action)
                        .header("Cookie", cookies)
                        .header("X-CSRF-Token", csrf)
                        .body(body[0], body[1].getBytes(StandardCharsets.UTF_8));
                RawHttp.Answer answer = RawHttp.send(request);
                if (answer.status() < 400 || answer.status() > 499) {
                    notRefused.add(name + " to " + action + ": " + answer.status());
                }
            }
        });
        assertThat(notRefused).isEmpty();
    }

    private static String decode(String escaped) {
        return java.net.URLDecoder.decode(escaped, StandardCharsets.UTF_8);
    }
}
