package dev.riyaz.circle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.common.Hashes;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Rows;

import static dev.riyaz.circle.CircleFixtures.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Invite links on a fixed clock: expiry, revoking, the use limit, the bounds, and joining with approval. */
@QuarkusTest
class CircleInvitesTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Inject
    Rows rows;

    MutableClock clock;

    @BeforeEach
    void fixTheClock() {
        clock = MutableClock.installAt(START);
    }

    @Test
    void aLinkIsShownOnceKeptAsAHashAndWorksUntilItExpires() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long id = CircleFixtures.start(asha, "Study group");

        Response made = asha.api().body(Map.of("expiresInDays", 2, "uses", 10)).post(API + "/{id}/invites", id);
        made.then()
                .statusCode(201)
                .body("expiresAt", equalTo("2026-12-09T10:00:00Z"))
                .body("usesLeft", equalTo(10));
        String token = made.jsonPath().getString("token");
        long inviteId = made.jsonPath().getLong("id");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(made.getHeader("Location")).endsWith(API + "/" + id + "/invites/" + inviteId);
        Map<String, Object> row = rows.one("select * from circle_invite where id = ?", inviteId);
        assertThat(row.get("token_hash")).isEqualTo(Hashes.sha256(token));
        assertThat(row.values()).doesNotContain(token);
        asha.api()
                .get(API + "/{id}/invites", id)
                .then()
                .statusCode(200)
                .body("id", contains((int) inviteId))
                .body("[0].token", equalTo(null))
                .body("[0].usesLeft", equalTo(10));

        CircleFixtures.join(ravi, token)
                .then()
                .statusCode(201)
                .body("id", equalTo((int) id))
                .body("role", equalTo("member"))
                .body("memberCount", equalTo(2));
        CircleFixtures.join(ravi, token).then().statusCode(200);
        assertThat(rows.one("select uses_left from circle_invite where id = ?", inviteId)
                        .get("uses_left"))
                .isEqualTo(9);

        clock.advance(Duration.ofDays(2));
        CircleFixtures.join(meera, token)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("token"))
                .body(
                        "errors[0].message",
                        equalTo("This invite link has expired. Ask the person who sent it for a new one."));
        meera.api().get(API + "/{id}", id).then().statusCode(404);
    }

    @Test
    void aRevokedOrUsedUpOrUnknownLinkIsRefusedWithAClearMessage() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long id = CircleFixtures.start(asha, "Study group");
        String once = CircleFixtures.invite(asha, id, Map.of("uses", 1));
        String revoked = CircleFixtures.invite(asha, id);
        long revokedId = asha.api().get(API + "/{id}/invites", id).jsonPath().getLong("[0].id");

        CircleFixtures.join(ravi, once).then().statusCode(201);
        CircleFixtures.join(meera, once)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("This invite link has been used as often as it may be. Ask the person who"
                                + " sent it for a new one."));

        asha.api()
                .delete(API + "/{id}/invites/{inviteId}", id, revokedId)
                .then()
                .statusCode(204);
        CircleFixtures.join(meera, revoked)
                .then()
                .statusCode(422)
                .body("detail", equalTo("This invite link was turned off. Ask the person who sent it for a new one."));
        CircleFixtures.join(meera, "no-such-link").then().statusCode(422);
        CircleFixtures.join(meera, "x".repeat(5000)).then().statusCode(422);
        meera.api().body(Map.of()).post(API + "/join").then().statusCode(422);

        asha.api().get(API + "/{id}/invites", id).then().body("$", hasSize(1));
        assertThat(rows.count("circle_member", "circle_id = ? and user_id = ?", id, meera.id()))
                .isZero();
    }

    @Test
    void linkChoicesOutsideTheirBoundsAre422() {
        Person asha = CircleFixtures.person("Asha");
        long id = CircleFixtures.start(asha, "Study group");
        for (Map<String, Integer> body : new Map[] {
            Map.of("expiresInDays", 0), Map.of("expiresInDays", 31), Map.of("uses", 0), Map.of("uses", 501)
        }) {
            asha.api()
                    .body(body)
                    .post(API + "/{id}/invites", id)
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo(body.keySet().iterator().next()));
        }
        assertThat(rows.count("circle_invite", "circle_id = ?", id)).isZero();
    }

    @Test
    void inACircleThatAsksForApprovalANewcomerWaitsUntilAnOrganiserLetsThemIn() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long id = CircleFixtures.start(asha, "Study group", true);
        String token = CircleFixtures.invite(asha, id);

        CircleFixtures.join(ravi, token).then().statusCode(202).body("id", equalTo((int) id));
        CircleFixtures.join(ravi, token).then().statusCode(202);
        CircleFixtures.join(meera, token).then().statusCode(202);
        ravi.api().get(API + "/{id}", id).then().statusCode(404);
        ravi.api().get(API + "/{id}/members", id).then().statusCode(404);
        asha.api()
                .get(API + "/{id}/members", id)
                .then()
                .body("displayName", contains("Asha", "Ravi", "Meera"))
                .body("status", contains("active", "pending", "pending"));

        asha.api()
                .post(API + "/{id}/members/{userId}/approve", id, ravi.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        asha.api().delete(API + "/{id}/members/{userId}", id, meera.id()).then().statusCode(204);

        ravi.api().get(API + "/{id}", id).then().statusCode(200).body("role", equalTo("member"));
        ravi.api().get(API + "/{id}/members", id).then().body("displayName", contains("Asha", "Ravi"));
        ravi.api()
                .post(API + "/{id}/members/{userId}/approve", id, meera.id())
                .then()
                .statusCode(403);
        meera.api().get(API + "/{id}", id).then().statusCode(404);
        assertThat(rows.count("circle_member", "circle_id = ? and user_id = ?", id, meera.id()))
                .isZero();
    }
}
