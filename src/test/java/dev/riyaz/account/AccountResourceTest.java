package dev.riyaz.account;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AccountResourceTest {

    private static Map<String, Object> signUp(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", People.PASSWORD);
        body.put("displayName", "Asha");
        body.put("timeZone", "Asia/Kolkata");
        return body;
    }

    @Test
    void signUpCreatesAnAccountAndHashesThePassword() {
        String email = "Asha.Signup@Example.com";
        given().contentType(ContentType.JSON)
                .body(signUp(email))
                .post("/api/v1/account")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body(Json.at("email", equalTo("asha.signup@example.com")))
                .body(Json.at("displayName", equalTo("Asha")))
                .body(Json.at("timeZone", equalTo("Asia/Kolkata")))
                .body(Json.at("dayStartHour", equalTo(0)))
                .body(Json.at("createdAt", notNullValue()))
                .body(Json.at("password", equalTo(null)));
        String hash = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> User.findByEmail(email).orElseThrow().passwordHash);
        org.assertj.core.api.Assertions.assertThat(hash).startsWith("$2a$").doesNotContain(People.PASSWORD);
    }

    @Test
    void takenEmailIsAConflict() {
        People.Person asha = People.signUp();
        given().contentType(ContentType.JSON)
                .body(signUp(asha.email().toUpperCase()))
                .post("/api/v1/account")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void eachInvalidFieldIsReported() {
        Map<String, Object> body = signUp("not-an-email");
        body.put("password", "short");
        body.put("displayName", "");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/account")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(Json.at("status", equalTo(422)))
                .body(Json.at("errors.field", hasItem("email")))
                .body(Json.at("errors.field", hasItem("password")))
                .body(Json.at("errors.field", hasItem("displayName")));
    }

    @Test
    void invalidTimeZoneIs422() {
        for (String zone : new String[] {"Mars/Olympus", "+05:30", "IST", ""}) {
            Map<String, Object> body = signUp("zone" + System.nanoTime() + "@example.com");
            body.put("timeZone", zone);
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/account")
                    .then()
                    .statusCode(422)
                    .body(Json.at("errors.field", hasItem("timeZone")));
        }
    }

    @Test
    void meShowsAndChangesTheAccount() {
        People.Person asha = People.signUp();
        asha.api().get("/api/v1/me").then().statusCode(200).body(Json.at("email", equalTo(asha.email())));
        asha.api()
                .body(Map.of("displayName", "Asha K", "timeZone", "America/New_York", "dayStartHour", 4))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body(Json.at("displayName", equalTo("Asha K")))
                .body(Json.at("timeZone", equalTo("America/New_York")))
                .body(Json.at("dayStartHour", equalTo(4)));
        asha.api().get("/api/v1/me").then().body(Json.at("dayStartHour", equalTo(4)));
    }

    @Test
    void weeksStartOnMondayUntilChanged() {
        People.Person asha = People.signUp();
        asha.api().get("/api/v1/me").then().body(Json.at("firstDayOfWeek", equalTo("MON")));
        asha.api()
                .body(Map.of("firstDayOfWeek", "SUN"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body(Json.at("firstDayOfWeek", equalTo("SUN")));
        asha.api()
                .body(Map.of("firstDayOfWeek", "WED"))
                .patch("/api/v1/me")
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].field", equalTo("firstDayOfWeek")));
        asha.api().get("/api/v1/me").then().body(Json.at("firstDayOfWeek", equalTo("SUN")));
    }

    @Test
    void meRejectsBadChangesAndKeepsTheAccount() {
        People.Person asha = People.signUp();
        asha.api()
                .body(Map.of("dayStartHour", 7))
                .patch("/api/v1/me")
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].field", equalTo("dayStartHour")));
        asha.api()
                .body(Map.of("timeZone", "Nowhere/City"))
                .patch("/api/v1/me")
                .then()
                .statusCode(422);
        asha.api()
                .get("/api/v1/me")
                .then()
                .body(Json.at("dayStartHour", equalTo(0)))
                .body(Json.at("timeZone", equalTo("Asia/Kolkata")));
    }

    @Test
    void blankDisplayNameIsRefused() {
        People.Person asha = People.signUp();
        for (String blank : new String[] {"", "   ", "\t\n"}) {
            asha.api()
                    .body(Map.of("displayName", blank))
                    .patch("/api/v1/me")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body(Json.at("errors[0].field", equalTo("displayName")));
        }
        asha.api().get("/api/v1/me").then().body(Json.at("displayName", equalTo("Asha")));
    }

    @Test
    void meWithoutCredentialsIs401WithBearerChallenge() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }
}
