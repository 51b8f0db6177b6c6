package dev.riyaz.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends to a write endpoint, the answer is a 4xx problem+json and nothing is written. */
@QuarkusTest
class BadInputTest {

    /** A write endpoint, with bodies that are valid JSON but have a field of the wrong type. */
    record Endpoint(String method, String path, boolean signedIn, List<String> wrongTypes) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> writeEndpoints() {
        String signUp = "\"password\": \"correct horse battery\", \"displayName\": \"A\", \"timeZone\": \"UTC\"";
        return Stream.of(
                new Endpoint(
                        "POST",
                        "/api/v1/account",
                        false,
                        List.of("{\"email\": 5, " + signUp + "}", "{\"email\": [\"a@example.com\"], " + signUp + "}")),
                new Endpoint(
                        "PATCH",
                        "/api/v1/me",
                        true,
                        List.of("{\"dayStartHour\": \"x\"}", "{\"dayStartHour\": 2.5}", "{\"displayName\": true}")),
                new Endpoint(
                        "POST",
                        "/api/v1/tokens",
                        true,
                        List.of("{\"name\": 5}", "{\"name\": \"ci\", \"expiresInDays\": \"ten\"}")),
                new Endpoint(
                        "POST",
                        "/api/v1/goals",
                        true,
                        List.of(
                                "{\"title\": 5}",
                                "{\"title\": \"x\", \"schedule\": \"daily\"}",
                                "{\"title\": \"x\", \"tags\": \"java\"}",
                                "{\"title\": \"x\", \"kind\": \"measured\", \"unit\": \"m\", \"dailyTarget\": \"lots\"}",
                                "{\"title\": \"x\", \"startDate\": \"2026-02-30\"}",
                                "{\"title\": \"x\", \"archived\": \"yes\"}",
                                "{\"title\": \"x\", \"position\": 1.5}",
                                "{\"title\": \"x\", \"schedule\": {\"type\": \"weekly\", \"times\": \"three\"}}")),
                new Endpoint(
                        "PUT",
                        "/api/v1/goals/{goal}",
                        true,
                        List.of("{\"title\": 5}", "{\"title\": \"x\", \"schedule\": \"daily\"}")),
                new Endpoint(
                        "PATCH",
                        "/api/v1/goals/{goal}",
                        true,
                        List.of("{\"schedule\": \"daily\"}", "{\"tags\": \"java\"}", "{\"position\": \"first\"}")),
                new Endpoint(
                        "POST",
                        "/api/v1/goals/{goal}/entries",
                        true,
                        List.of(
                                "{\"amount\": \"ten\"}",
                                "{\"amount\": {\"value\": 10}}",
                                "{\"amount\": 10, \"date\": 20260301}",
                                "{\"amount\": 10, \"note\": [\"a\"]}")),
                new Endpoint(
                        "PUT",
                        "/api/v1/entries/{entry}",
                        true,
                        List.of("{\"amount\": \"ten\"}", "{\"amount\": 10, \"status\": true}")));
    }

    private People.Person asha;
    private long goal;
    private long entry;
    private String before;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp();
        goal = Goals.measured(asha);
        entry = Goals.log(asha, goal, Map.of("amount", 20));
        before = Tables.snapshot();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Tables.snapshot()).isEqualTo(before);
    }

    private ValidatableResponse send(Endpoint endpoint, String contentType, String body) {
        RequestSpecification request = endpoint.signedIn() ? given().auth().oauth2(asha.token()) : given();
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }
        String path = endpoint.path().replace("{goal}", Long.toString(goal)).replace("{entry}", Long.toString(entry));
        return request.request(endpoint.method(), path).then();
    }

    private ValidatableResponse sendJson(Endpoint endpoint, String body) {
        return send(endpoint, ContentType.JSON.toString(), body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void malformedJsonIs400(Endpoint endpoint) {
        for (String body :
                List.of("{\"title\": \"x\",", "not json", "{'title': 'x'}", "[".repeat(100) + "]".repeat(100))) {
            sendJson(endpoint, body).spec(Problems.problem(400));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void brokenJsonSaysSo(Endpoint endpoint) {
        ValidatableResponse answer = sendJson(endpoint, "{\"title\": \"x\",").spec(Problems.problem(400));

        assertThat(Json.textAt(answer, "detail")).isEqualTo("The request body is not valid JSON.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void aFieldSentTwiceIs400AndNamed(Endpoint endpoint) {
        for (String field : List.of("title", "email", "name", "amount")) {
            String value = field.equals("amount") ? "5" : "\"x\"";
            String body = "{\"" + field + "\": " + value + ", \"" + field + "\": " + value + "}";

            ValidatableResponse answer = sendJson(endpoint, body).spec(Problems.problem(400));

            assertThat(Json.textAt(answer, "detail"))
                    .isEqualTo("The field '" + field + "' appears twice; send each field once.");
        }
    }

    @Test
    void aNumberTooLargeForItsFieldIs400AndNamed() {
        Map<String, String> bodies = Map.of(
                "/api/v1/goals", "{\"title\": \"x\", \"schedule\": {\"type\": \"weekly\", \"times\": 99999999999}}",
                "/api/v1/tokens", "{\"name\": \"ci\", \"expiresInDays\": 99999999999999}");
        Map<String, String> fields = Map.of("/api/v1/goals", "schedule.times", "/api/v1/tokens", "expiresInDays");
        bodies.forEach((path, body) -> {
            ValidatableResponse answer = given().auth()
                    .oauth2(asha.token())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path)
                    .then()
                    .spec(Problems.problem(400));

            assertThat(Json.textAt(answer, "detail"))
                    .isEqualTo("The field '" + fields.get(path) + "' is a number too large for it.");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void fieldsOfTheWrongTypeAre400(Endpoint endpoint) {
        for (String body : endpoint.wrongTypes()) {
            sendJson(endpoint, body).spec(Problems.problem(400));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void jsonThatIsNotAnObjectIs400(Endpoint endpoint) {
        for (String body : List.of("[]", "\"text\"", "42", "null")) {
            sendJson(endpoint, body).spec(Problems.problem(400));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void emptyBodyIs400(Endpoint endpoint) {
        sendJson(endpoint, null).spec(Problems.problem(400));
        sendJson(endpoint, "").spec(Problems.problem(400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void bodyOver1MiBIs413(Endpoint endpoint) {
        String body = "{\"title\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        sendJson(endpoint, body).spec(Problems.problem(413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void otherMediaTypesAre415(Endpoint endpoint) {
        send(endpoint, "text/plain", "{\"title\": \"x\", \"amount\": 10}").spec(Problems.problem(415));
        send(endpoint, "application/x-www-form-urlencoded", "title=x&amount=10").spec(Problems.problem(415));
    }

    @Test
    void unknownScheduleTypeIs422() {
        Map<String, Object> body = Map.of("title", "x", "schedule", Map.of("type", "fortnightly"));

        asha.api().body(body).post("/api/v1/goals").then().spec(Problems.invalid("schedule.type"));
        asha.api().body(body).put("/api/v1/goals/{id}", goal).then().spec(Problems.invalid("schedule.type"));
        asha.api()
                .body(Map.of("schedule", Map.of("type", "fortnightly")))
                .patch("/api/v1/goals/{id}", goal)
                .then()
                .spec(Problems.invalid("schedule.type"));
    }

    @Test
    void invalidTimeZoneIs422() {
        for (String zone : List.of("Mars/Olympus", "GMT+5", "+05:30", "Asia/")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "email",
                            "zone-" + System.nanoTime() + "@example.com",
                            "password",
                            People.PASSWORD,
                            "displayName",
                            "Asha",
                            "timeZone",
                            zone))
                    .post("/api/v1/account")
                    .then()
                    .spec(Problems.invalid("timeZone"));
            asha.api().body(Map.of("timeZone", zone)).patch("/api/v1/me").then().spec(Problems.invalid("timeZone"));
        }
    }
}
