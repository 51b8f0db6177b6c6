package dev.riyaz.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class IdempotencyTest {

    private MutableClock clock;
    private People.Person asha;
    private long goal;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        asha = People.signUp();
        goal = Goals.measured(asha);
    }

    private static ValidatableResponse log(People.Person person, long goal, String key, Map<String, ?> body) {
        return person.api()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/goals/{id}/entries", goal)
                .then();
    }

    private ValidatableResponse log(String key, Map<String, ?> body) {
        return log(asha, goal, key, body);
    }

    private long entries() {
        return Tables.count("practice_entry", "owner_id = ?1", asha.id());
    }

    @Test
    void sameKeySentTwiceAtOnceStillLogsOnce() throws Exception {
        Map<String, Object> body = Map.of("amount", 10);
        for (int round = 0; round < 5; round++) {
            String key = "race-" + round;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Callable<String> send = () -> {
                    start.await();
                    return log(key, body).statusCode(201).extract().asString();
                };
                var first = two.submit(send);
                var second = two.submit(send);
                assertThat(first.get()).isEqualTo(second.get());
            } finally {
                two.shutdownNow();
            }
            assertThat(entries()).isEqualTo(round + 1);
        }
    }

    @Test
    void sameKeyAndBodyAgainGivesTheSameAnswerAndLogsOnce() {
        Map<String, Object> body = Map.of("amount", 25, "note", "retry me");
        ExtractableResponse<Response> first =
                log("run-42", body).statusCode(201).extract();
        clock.advance(Duration.ofSeconds(30));

        ExtractableResponse<Response> second =
                log("run-42", body).statusCode(201).extract();

        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(entries()).isOne();
        assertThat(Tables.count("practice_entry", "id = ?1", Json.doc(first).getLong("id")))
                .isOne();
    }

    @Test
    void sameKeyWithAnotherBodyIs409() {
        log("run-7", Map.of("amount", 25)).statusCode(201);

        log("run-7", Map.of("amount", 26)).spec(Problems.problem(409));
        log("run-7", Map.of("amount", 25, "note", "changed")).spec(Problems.problem(409));

        assertThat(entries()).isOne();
    }

    @Test
    void sameKeyForAnotherGoalIs409() {
        long other = Goals.measured(asha);
        log("run-8", Map.of("amount", 25)).statusCode(201);

        log(asha, other, "run-8", Map.of("amount", 25)).spec(Problems.problem(409));

        assertThat(entries()).isOne();
    }

    @Test
    void differentKeysLogSeparately() {
        log("a", Map.of("amount", 10)).statusCode(201);
        log("b", Map.of("amount", 10)).statusCode(201);

        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void keysMustBe1To200Characters() {
        log("k".repeat(201), Map.of("amount", 10))
                .spec(Problems.problem(422))
                .body(Json.at("errors[0].field", equalTo("Idempotency-Key")))
                .body(Json.at("errors[0].message", equalTo("Use at most 200 characters.")));
        log("", Map.of("amount", 10)).spec(Problems.problem(400));
        assertThat(entries()).isZero();

        log("k".repeat(200), Map.of("amount", 10)).statusCode(201);
        log("k".repeat(200), Map.of("amount", 10)).statusCode(201);
        assertThat(entries()).isOne();
    }

    @Test
    void keysBelongToOnePerson() {
        People.Person ravi = People.signUp();
        long raviGoal = Goals.measured(ravi);
        long ashaEntry = Json.doc(
                        log("shared", Map.of("amount", 10)).statusCode(201).extract())
                .getLong("id");

        long raviEntry = Json.doc(log(ravi, raviGoal, "shared", Map.of("amount", 10))
                        .statusCode(201)
                        .extract())
                .getLong("id");

        assertThat(raviEntry).isNotEqualTo(ashaEntry);
        assertThat(Tables.count("practice_entry", "owner_id = ?1", ravi.id())).isOne();
        assertThat(entries()).isOne();
    }

    @Test
    void refusedRequestDoesNotUseUpTheKey() {
        log("fix-and-retry", Map.of("amount", -1)).spec(Problems.invalid("amount"));

        String first = log("fix-and-retry", Map.of("amount", 1))
                .statusCode(201)
                .extract()
                .asString();
        String again = log("fix-and-retry", Map.of("amount", 1))
                .statusCode(201)
                .extract()
                .asString();

        assertThat(again).isEqualTo(first);
        assertThat(entries()).isOne();
    }

    @Test
    void longestNoteIsRepliedIdentically() {
        String note = "\"\t\n\\".repeat(250);
        assertThat(note).as("every character needs escaping in JSON").hasSize(1000);
        Map<String, Object> body = Map.of("amount", 10, "note", note);

        String first = log("long-note", body).statusCode(201).extract().asString();
        String again = log("long-note", body).statusCode(201).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(entries()).isOne();
    }

    @Test
    void openApiDocumentsTheKey() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(Json.at("paths.'/api/v1/goals/{id}/entries'.post.parameters.name", hasItem("Idempotency-Key")));
    }
}
