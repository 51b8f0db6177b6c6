package dev.riyaz.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Problems;
import dev.riyaz.testing.Tables;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TokenResourceTest {

    private static final Instant START = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private People.Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(START);
        asha = People.signUp();
    }

    private static Map<String, Object> named(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        return body;
    }

    private JsonDoc createWithBasic(Map<String, Object> body) {
        return Json.doc(given().auth()
                .preemptive()
                .basic(asha.email(), People.PASSWORD)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract());
    }

    private static void assertRejected(String token) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .spec(Problems.problem(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private long tokensOfAsha() {
        return Tables.count("access_token", "user_id = ?1", asha.id());
    }

    @Test
    void basicAuthCreatesATokenThatIsShownOnce() {
        var response = given().auth()
                .preemptive()
                .basic(asha.email(), People.PASSWORD)
                .contentType(ContentType.JSON)
                .body(named("laptop script"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract();
        JsonDoc created = Json.doc(response);
        String token = created.getString("token");
        assertThat(response.header("Location")).endsWith("/api/v1/tokens/" + created.getLong("id"));
        assertThat(token).startsWith("rz_").hasSizeGreaterThan(30);
        assertThat(created.getString("prefix")).startsWith("rz_").isNotEqualTo(token);
        assertThat(token).startsWith(created.getString("prefix"));
        assertThat(created.getString("name")).isEqualTo("laptop script");
        assertThat(created.getString("createdAt")).isEqualTo(START.toString());
        assertThat(created.getString("expiresAt")).isNull();

        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body(Json.at("email", equalTo(asha.email())));
    }

    @Test
    void bearerTokenCreatesAnotherToken() {
        String second = asha.api()
                .body(named("ci"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body(Json.at("token", startsWith("rz_")))
                .extract()
                .path("token");

        assertThat(second).isNotEqualTo(asha.token());
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(200).body(Json.at("id", equalTo((int)
                asha.id())));
    }

    @Test
    void listShowsEveryTokenButNoSecret() {
        JsonDoc created = createWithBasic(named("backup job"));

        String body = asha.api()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body(Json.at("size()", equalTo(2)))
                .body(Json.at("find { it.id == " + created.getLong("id") + " }.name", equalTo("backup job")))
                .body(Json.at(
                        "find { it.id == " + created.getLong("id") + " }.prefix", equalTo(created.getString("prefix"))))
                .body(Json.at("every { !it.containsKey('token') }", equalTo(true)))
                .extract()
                .asString();

        assertThat(body).doesNotContain(created.getString("token")).doesNotContain(asha.token());
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() {
        JsonDoc created = createWithBasic(named("git hook"));
        long id = created.getLong("id");
        asha.api().get("/api/v1/tokens").then().body(Json.at("find { it.id == " + id + " }.lastUsedAt", nullValue()));

        clock.advance(Duration.ofMinutes(5));
        given().auth()
                .oauth2(created.getString("token"))
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        asha.api()
                .get("/api/v1/tokens")
                .then()
                .body(Json.at(
                        "find { it.id == " + id + " }.lastUsedAt",
                        equalTo(START.plus(Duration.ofMinutes(5)).toString())));
    }

    @Test
    void revokedTokenIsRefused() {
        JsonDoc created = createWithBasic(named("old laptop"));
        given().auth()
                .oauth2(created.getString("token"))
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        asha.api().delete("/api/v1/tokens/{id}", created.getLong("id")).then().statusCode(204);

        assertRejected(created.getString("token"));
        assertThat(Tables.count("access_token", "id = ?1", created.getLong("id")))
                .isZero();
        asha.api().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownTokensAreRefused() {
        assertRejected("rz_" + "A".repeat(43));
        assertRejected("not-a-riyaz-token");
        assertRejected(asha.token() + "x");
    }

    @Test
    void tokenExpiresAfterItsDays() {
        Map<String, Object> body = named("one week");
        body.put("expiresInDays", 7);
        JsonDoc created = createWithBasic(body);
        String token = created.getString("token");
        assertThat(created.getString("expiresAt"))
                .isEqualTo(START.plus(Duration.ofDays(7)).toString());

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        clock.advance(Duration.ofSeconds(1));
        assertRejected(token);
    }

    @Test
    void databaseKeepsOnlyAHashOfTheSecret() throws Exception {
        JsonDoc created = createWithBasic(named("stored safely"));
        String token = created.getString("token");
        String prefix = created.getString("prefix");

        AccessToken row =
                QuarkusTransaction.requiringNew().call(() -> AccessToken.<AccessToken>findById(created.getLong("id")));
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.tokenHash).isEqualTo(sha256);
        assertThat(row.prefix).isEqualTo(prefix);

        String hidden = token.substring(prefix.length());
        assertThat(Tables.allText()).contains(sha256).noneMatch(text -> text.contains(hidden));
    }

    @Test
    void invalidNameOrExpiryIs422AndCreatesNothing() {
        long before = tokensOfAsha();
        Map<String, Object> noName = new HashMap<>();
        Map<String, Object> tooLong = named("x".repeat(81));
        Map<String, Object> zeroDays = named("ci");
        zeroDays.put("expiresInDays", 0);
        Map<String, Object> tooManyDays = named("ci");
        tooManyDays.put("expiresInDays", 3651);

        asha.api().body(noName).post("/api/v1/tokens").then().spec(Problems.invalid("name"));
        asha.api().body(named("   ")).post("/api/v1/tokens").then().spec(Problems.invalid("name"));
        asha.api().body(tooLong).post("/api/v1/tokens").then().spec(Problems.invalid("name"));
        asha.api().body(zeroDays).post("/api/v1/tokens").then().spec(Problems.invalid("expiresInDays"));
        asha.api().body(tooManyDays).post("/api/v1/tokens").then().spec(Problems.invalid("expiresInDays"));

        assertThat(tokensOfAsha()).isEqualTo(before);
    }

    @Test
    void wrongPasswordIs401AndCreatesNothing() {
        long before = tokensOfAsha();

        given().auth()
                .preemptive()
                .basic(asha.email(), "not the password")
                .contentType(ContentType.JSON)
                .body(named("guess"))
                .post("/api/v1/tokens")
                .then()
                .spec(Problems.problem(401))
                .header("WWW-Authenticate", startsWith("Bearer"));

        assertThat(tokensOfAsha()).isEqualTo(before);
    }

    @Test
    void creatingATokenNeedsCredentials() {
        given().contentType(ContentType.JSON)
                .body(named("anonymous"))
                .post("/api/v1/tokens")
                .then()
                .spec(Problems.problem(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
