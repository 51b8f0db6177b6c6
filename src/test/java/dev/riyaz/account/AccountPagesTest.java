package dev.riyaz.account;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AccountPagesTest {

    private static String email() {
        return "page" + System.nanoTime() + "@example.com";
    }

    @Test
    void signUpPageSignsInAndOpensTheWelcome() {
        WebForms.Visitor asha = WebForms.visitor();
        Response answer = asha.post(
                "/signup",
                "/signup",
                Map.of("email", email(), "displayName", "Asha", "password", People.PASSWORD, "timeZone", "UTC"));
        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/welcome");
        asha.get("/").then().statusCode(200).body(containsString("<h1>Today</h1>"));
        given().cookie("riyaz_session", asha.session)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body(Json.at("displayName", equalTo("Asha")));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        WebForms.Visitor visitor = WebForms.visitor();
        Response answer = visitor.post(
                "/signup",
                "/signup",
                Map.of("email", email(), "displayName", "A", "password", People.PASSWORD, "timeZone", "UTC"));
        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getDetailedCookie("riyaz_session").isHttpOnly()).isTrue();
        assertThat(answer.getDetailedCookie("riyaz_session").getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(answer.getDetailedCookie("riyaz_session").getPath()).isEqualTo("/");
    }

    @Test
    void signUpErrorsKeepWhatWasTyped() {
        Response answer = WebForms.visitor()
                .post(
                        "/signup",
                        "/signup",
                        Map.of(
                                "email",
                                "asha@example",
                                "displayName",
                                "Asha",
                                "password",
                                "short",
                                "timeZone",
                                "Europe/Berlin"));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("value=\"asha@example\"")
                .contains("value=\"Asha\"")
                .contains("<option value=\"Europe/Berlin\" selected>")
                .contains("Choose a password of 12 to 128 characters.")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void wrongPasswordShowsAPlainMessage() {
        String email = email();
        WebForms.signedUp(email);
        Response answer = WebForms.visitor().logIn(email, "not the password at all");
        assertThat(answer.getStatusCode()).isEqualTo(401);
        assertThat(answer.asString())
                .contains("That e-mail address and password do not match.")
                .contains("value=\"" + email + "\"");
    }

    @Test
    void privatePagesAskToLogInFirst() {
        given().redirects()
                .follow(false)
                .get("/goals")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?next=%2Fgoals"));
    }

    @Test
    void loggingInReturnsToTheAskedPageButNeverToAnotherSite() {
        String email = email();
        WebForms.signedUp(email);
        WebForms.Visitor visitor = WebForms.visitor();
        Response back =
                visitor.post("/login", "/login", Map.of("email", email, "password", People.PASSWORD, "next", "/goals"));
        assertThat(back.getHeader("Location")).endsWith("/goals");
        Response elsewhere = WebForms.visitor()
                .post(
                        "/login",
                        "/login",
                        Map.of("email", email, "password", People.PASSWORD, "next", "//evil.example/"));
        assertThat(elsewhere.getHeader("Location")).doesNotContain("evil.example");
    }

    @Test
    void loggingOutEndsEverySessionOfThatPerson() {
        String email = email();
        WebForms.Visitor laptop = WebForms.signedUp(email);
        WebForms.Visitor phone = WebForms.visitor();
        phone.logIn(email, People.PASSWORD);
        String phoneSession = phone.session;

        Response out = laptop.post("/", "/logout", Map.of());
        assertThat(out.getStatusCode()).isEqualTo(303);
        assertThat(out.getDetailedCookie("riyaz_session").getMaxAge()).isZero();

        given().cookie("riyaz_session", phoneSession).get("/api/v1/me").then().statusCode(401);
        phone.get("/").then().statusCode(200).body(containsString("Practise a little every day"));
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        String email = email();
        WebForms.Visitor laptop = WebForms.signedUp(email);
        WebForms.Visitor phone = WebForms.visitor();
        phone.logIn(email, People.PASSWORD);
        String token = People.tokenFor(email);

        Response changed = laptop.post(
                "/settings",
                "/settings/password",
                Map.of("currentPassword", People.PASSWORD, "newPassword", "a brand new passphrase"));
        assertThat(changed.getStatusCode()).isEqualTo(303);

        given().cookie("riyaz_session", laptop.session).get("/api/v1/me").then().statusCode(200);
        given().cookie("riyaz_session", phone.session).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertThat(WebForms.visitor().logIn(email, "a brand new passphrase").getStatusCode())
                .isEqualTo(303);
    }

    @Test
    void wrongCurrentPasswordChangesNothing() {
        String email = email();
        WebForms.Visitor laptop = WebForms.signedUp(email);
        Response answer = laptop.post(
                "/settings",
                "/settings/password",
                Map.of("currentPassword", "not my password", "newPassword", "a brand new passphrase"));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("That is not your current password.");
        assertThat(WebForms.visitor().logIn(email, People.PASSWORD).getStatusCode())
                .isEqualTo(303);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebForms.Visitor asha = WebForms.signedUp(email());
        given().redirects()
                .follow(false)
                .cookie("riyaz_session", asha.session)
                .contentType("application/x-www-form-urlencoded")
                .formParam("displayName", "Mallory")
                .post("/settings/profile")
                .then()
                .statusCode(403)
                .body(containsString("reload the page"));
        asha.get("/settings").then().body(containsString("value=\"Asha\""));
    }

    @Test
    void theEleventhFailedLogInIsThrottled() {
        String email = email();
        WebForms.signedUp(email);
        for (int i = 0; i < 10; i++) {
            assertThat(WebForms.visitor().logIn(email, "wrong password " + i).getStatusCode())
                    .isEqualTo(401);
        }
        Response throttled = WebForms.visitor().logIn(email, People.PASSWORD);
        assertThat(throttled.getStatusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isBetween(1L, 900L);
        assertThat(throttled.asString()).contains("Too many failed log-ins");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        given().get("/signup")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .body(containsString("name=\"csrf-token\""))
                .body(startsWith("<!DOCTYPE html>"));
    }
}
