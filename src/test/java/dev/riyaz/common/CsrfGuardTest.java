package dev.riyaz.common;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.common.CsrfRequests.Body;
import dev.riyaz.common.CsrfRequests.Owner;
import dev.riyaz.common.CsrfRequests.Token;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.SweepTest;
import dev.riyaz.testing.Tables;
import dev.riyaz.testing.WriteRoutes;
import dev.riyaz.testing.WriteRoutes.Route;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing route of the application (read from its JAX-RS annotations), in every content type and with no
 * body, is refused without the session's CSRF token or with a wrong one, and writes nothing; the same request with the
 * token gets through. Saturday 14 March 2026.
 */
@QuarkusTest
@SweepTest
class CsrfGuardTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LinkTokens links;

    private CsrfRequests requests;

    @BeforeEach
    void fixClock() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        requests = new CsrfRequests(base, links);
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
        Owner owner = requests.owner("csrf-refused");
        String before = Tables.snapshot();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Route route : WriteRoutes.all()) {
            String path = CsrfRequests.fill(route, owner);
            for (Body body : Body.values()) {
                for (Token token : List.of(Token.COOKIE_ONLY, Token.MISSING, Token.WRONG_HEADER, Token.WRONG_FIELD)) {
                    wrong.addAll(
                            refused(route, requests.send(route.method(), path, body, token, owner.browser()), body));
                    sent++;
                }
                if (!route.api()) {
                    // Pages check the token for people not signed in too: log-in and sign-up forms, mail links.
                    wrong.addAll(
                            refused(route, requests.send(route.method(), path, body, Token.COOKIE_ONLY, null), body));
                    sent++;
                }
            }
        }
        assertThat(wrong)
                .as("answers of %d requests without a valid token", sent)
                .isEmpty();
        assertThat(Tables.snapshot()).as("nothing was written").isEqualTo(before);
        given().cookie("riyaz_session", owner.browser().session)
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void theSameWritesWithTheTokenGetThrough() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Route route : WriteRoutes.all()) {
            Owner owner = requests.owner("csrf-allowed");
            Body body = route.api() ? Body.JSON : route.accepts(Body.FORM.type) ? Body.FORM : Body.MULTIPART;
            HttpResponse<String> answer =
                    requests.send(route.method(), CsrfRequests.fill(route, owner), body, Token.VALID, owner.browser());
            if (answer.statusCode() == 403 || answer.statusCode() >= 500) {
                refused.add(route + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(refused).isEmpty();
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
}
