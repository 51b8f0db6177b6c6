package dev.riyaz.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Creates people through the public API, the way a script would, and gives them tokens. */
public final class People {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private People() {}

    /** Someone with a fresh account and a personal access token. */
    public record Person(long id, String email, String token) {

        /** A request already carrying this person's token. */
        public RequestSpecification api() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    public static Person signUp() {
        return signUp("Asia/Kolkata");
    }

    public static Person signUp(String timeZone) {
        String email = "learner" + COUNTER.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
        long id = Json.longAt(
                given().contentType(ContentType.JSON)
                        .body(Map.of("email", email, "password", PASSWORD, "displayName", "Asha", "timeZone", timeZone))
                        .post("/api/v1/account")
                        .then()
                        .statusCode(201),
                "id");
        return new Person(id, email, tokenFor(email));
    }

    public static String tokenFor(String email) {
        return Json.textAt(
                given().auth()
                        .preemptive()
                        .basic(email, PASSWORD)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "tests"))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201),
                "token");
    }
}
