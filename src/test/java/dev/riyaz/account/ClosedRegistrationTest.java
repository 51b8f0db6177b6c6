package dev.riyaz.account;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.People;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(ClosedRegistrationTest.Closed.class)
class ClosedRegistrationTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("riyaz.account.registration", "closed");
        }
    }

    @Test
    void apiSignUpIsForbidden() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email", "closed@example.com",
                        "password", People.PASSWORD,
                        "displayName", "Asha",
                        "timeZone", "UTC"))
                .post("/api/v1/account")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void signUpPageSaysSoAndHasNoForm() {
        given().get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("not taking new accounts"))
                .body(not(containsString("name=\"password\"")));
    }
}
