package dev.riyaz.circle;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;

/** Circle fixtures as a script makes them through the API. */
final class CircleFixtures {

    static final String API = "/api/v1/circles";

    private CircleFixtures() {}

    /** Someone with a fresh account and this display name. */
    static Person person(String displayName) {
        Person person = People.signUp();
        person.api()
                .body(Map.of("displayName", displayName))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        return person;
    }

    static long start(Person owner, String name) {
        return start(owner, name, false);
    }

    static long start(Person owner, String name, boolean requiresApproval) {
        return Json.longAt(
                owner.api()
                        .body(Map.of(
                                "name",
                                name,
                                "description",
                                "We practise together",
                                "requiresApproval",
                                requiresApproval))
                        .post(API)
                        .then()
                        .statusCode(201),
                "id");
    }

    /** A new invite link's token (7 days, 25 people). */
    static String invite(Person organiser, long circleId) {
        return invite(organiser, circleId, Map.of());
    }

    static String invite(Person organiser, long circleId, Map<String, ?> body) {
        return Json.textAt(
                organiser
                        .api()
                        .body(body)
                        .post(API + "/{id}/invites", circleId)
                        .then()
                        .statusCode(201),
                "token");
    }

    static Response join(Person person, String token) {
        return person.api().body(Map.of("token", token)).post(API + "/join");
    }

    /** Brings {@code who} into the circle with a fresh link of {@code organiser}'s. */
    static void bringIn(Person organiser, long circleId, Person who) {
        join(who, invite(organiser, circleId)).then().statusCode(201);
    }

    static Response share(Person member, long circleId, List<Long> goalIds) {
        return member.api().body(Map.of("goalIds", goalIds)).put(API + "/{id}/shares", circleId);
    }
}
