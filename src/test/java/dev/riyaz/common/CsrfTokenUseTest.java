package dev.riyaz.common;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.common.CsrfRequests.Body;
import dev.riyaz.common.CsrfRequests.Owner;
import dev.riyaz.common.CsrfRequests.Token;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Tables;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The CSRF token in use: a write that carries it happens; who sends none (scripts with a personal token or Basic, mail
 * clients unsubscribing with one click); how it is handed out (a SameSite cookie, named in the API document, never
 * cached with a new personal token). {@code CsrfGuardTest} sweeps every route. Saturday 14 March 2026.
 */
@QuarkusTest
class CsrfTokenUseTest {

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
    void scriptsWithAPersonalTokenOrBasicSendNoCsrfToken() {
        Owner owner = requests.owner("csrf-scripts");
        given().auth()
                .oauth2(owner.ids().get("bearer"))
                .cookie("riyaz_session", owner.browser().session)
                .contentType("application/json")
                .body(Map.of("title", "From a script"))
                .post("/api/v1/goals")
                .then()
                .statusCode(201);
        given().auth()
                .preemptive()
                .basic(owner.ids().get("email"), People.PASSWORD)
                .cookie("riyaz_session", owner.browser().session)
                .contentType("application/json")
                .body(Map.of("name", "laptop"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store");
    }

    @Test
    void aTokenMadeInTheBrowserIsNotCached() throws Exception {
        Owner owner = requests.owner("csrf-no-store");
        HttpResponse<String> created = requests.send("POST", "/api/v1/tokens", Body.JSON, Token.VALID, owner.browser());
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
                .body(Json.at("components.securitySchemes.csrf.name", equalTo("X-CSRF-Token")))
                .body(Json.at("components.securitySchemes.csrf.in", equalTo("header")));
    }

    @Test
    void mailClientsUnsubscribeWithOneClickAndNoCookies() {
        Owner owner = requests.owner("csrf-one-click");
        long userId = Long.parseLong(owner.ids().get("user"));
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
                .oauth2(owner.ids().get("bearer"))
                .get("/api/v1/me/mail")
                .then()
                .body(Json.at("allMail", equalTo(false)));
    }

    @Test
    void aTokenInTheRequestLetsTheWriteHappen() throws Exception {
        Owner owner = requests.owner("csrf-writes");
        long goal = Long.parseLong(owner.ids().get("goal"));
        assertThat(requests.send("POST", "/goals/" + goal + "/delete", Body.FORM, Token.VALID, owner.browser())
                        .statusCode())
                .isEqualTo(303);
        assertThat(Tables.count("goal", "id = ?1", goal)).isZero();

        long resource = Long.parseLong(owner.ids().get("resource"));
        assertThat(requests.send("DELETE", "/api/v1/resources/" + resource, Body.NONE, Token.VALID, owner.browser())
                        .statusCode())
                .isEqualTo(204);
        assertThat(Tables.count("resource", "id = ?1", resource)).isZero();
    }
}
