package dev.riyaz.circle;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Rows;

import static dev.riyaz.circle.CircleFixtures.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The circles API (API.md, Circles): starting, roles, members and their shared goals, leaving and handing over. */
@QuarkusTest
class CircleResourceTest {

    @Inject
    Rows rows;

    @Test
    void anOwnerStartsListsChangesAndClosesACircle() {
        Person asha = CircleFixtures.person("Asha");
        Response started = asha.api()
                .body(Map.of("name", "  Hydpy beginners ", "description", "Python on Saturdays"))
                .post(API);
        started.then()
                .statusCode(201)
                .body("name", equalTo("Hydpy beginners"))
                .body("description", equalTo("Python on Saturdays"))
                .body("role", equalTo("owner"))
                .body("memberCount", equalTo(1))
                .body("requiresApproval", equalTo(false));
        long id = started.jsonPath().getLong("id");
        assertThat(started.getHeader("Location")).endsWith(API + "/" + id);
        assertThat(started.jsonPath().getString("createdAt")).endsWith("Z");

        asha.api().get(API).then().statusCode(200).body("id", contains((int) id));
        asha.api()
                .body(Map.of("description", "Python on Sundays", "requiresApproval", true))
                .patch(API + "/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Hydpy beginners"))
                .body("description", equalTo("Python on Sundays"))
                .body("requiresApproval", equalTo(true));

        asha.api().delete(API + "/{id}", id).then().statusCode(204);
        asha.api().get(API + "/{id}", id).then().statusCode(404);
        assertThat(rows.count("circle", "id = ?", id)).isZero();
        assertThat(rows.count("circle_member", "circle_id = ?", id)).isZero();
    }

    @Test
    void badNamesAndDescriptionsAreRefusedWithTheField() {
        Person asha = CircleFixtures.person("Asha");
        asha.api().body(Map.of("name", " ")).post(API).then().statusCode(422).body("errors[0].field", equalTo("name"));
        asha.api()
                .body(Map.of("name", "x".repeat(81)))
                .post(API)
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("Use at most 80 characters for the name."));
        asha.api()
                .body(Map.of("name", "Ok", "description", "d".repeat(501)))
                .post(API)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("description"));
        asha.api().body("{not json").post(API).then().statusCode(400);
        assertThat(asha.api().get(API).jsonPath().getList("id")).isEmpty();
    }

    @Test
    void aMemberWithoutTheRoleIsRefusedWith403AndNothingChanges() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long id = CircleFixtures.start(asha, "Katas");
        CircleFixtures.bringIn(asha, id, ravi);
        CircleFixtures.bringIn(asha, id, meera);

        ravi.api()
                .body(Map.of("name", "Mine now"))
                .patch(API + "/{id}", id)
                .then()
                .statusCode(403);
        ravi.api().delete(API + "/{id}", id).then().statusCode(403);
        ravi.api().body(Map.of()).post(API + "/{id}/invites", id).then().statusCode(403);
        ravi.api().get(API + "/{id}/invites", id).then().statusCode(403);
        ravi.api().delete(API + "/{id}/members/{userId}", id, meera.id()).then().statusCode(403);
        ravi.api()
                .body(Map.of("role", "owner"))
                .patch(API + "/{id}/members/{userId}", id, ravi.id())
                .then()
                .statusCode(403);

        asha.api()
                .body(Map.of("role", "organiser"))
                .patch(API + "/{id}/members/{userId}", id, ravi.id())
                .then()
                .statusCode(200)
                .body("role", equalTo("organiser"));
        ravi.api()
                .body(Map.of("requiresApproval", true))
                .patch(API + "/{id}", id)
                .then()
                .statusCode(403);
        ravi.api().delete(API + "/{id}", id).then().statusCode(403);
        ravi.api().delete(API + "/{id}/members/{userId}", id, asha.id()).then().statusCode(403);

        assertThat(rows.one("select name, requires_approval from circle where id = ?", id))
                .containsEntry("name", "Katas")
                .containsEntry("requires_approval", false);
        assertThat(rows.count("circle_member", "circle_id = ?", id)).isEqualTo(3);
        assertThat(rows.count("circle_invite", "circle_id = ?", id)).isEqualTo(2);
    }

    @Test
    void membersSeeOnlyWhatEachMemberSharedAndNeverNotesOrEmail() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        long id = CircleFixtures.start(asha, "Study group");
        CircleFixtures.bringIn(asha, id, ravi);
        long shared = Goals.check(ravi, "Katas");
        long secret = Goals.check(ravi, "Secret diary goal");
        Goals.log(ravi, shared, Map.of("note", "private note about katas"));
        Goals.log(ravi, secret, Map.of("note", "private note about the diary"));

        CircleFixtures.share(ravi, id, List.of(shared))
                .then()
                .statusCode(200)
                .body("goalId", contains((int) shared))
                .body("[0].title", equalTo("Katas"))
                .body("[0].thisWeek.done", equalTo(1))
                .body("[0].currentRun.length", equalTo(1))
                .body("[0].currentRun.unit", equalTo("days"));

        Response members = asha.api().get(API + "/{id}/members", id);
        members.then()
                .statusCode(200)
                .body("displayName", contains("Asha", "Ravi"))
                .body("[0].goals", hasSize(0))
                .body("[1].role", equalTo("member"))
                .body("[1].goals.goalId", contains((int) shared));
        assertThat(members.asString())
                .doesNotContain(ravi.email())
                .doesNotContain(asha.email())
                .doesNotContain("Secret diary goal")
                .doesNotContain("private note");
        assertThat(members.jsonPath().getDouble("[1].goals[0].score")).isBetween(0.0, 1.0);
    }

    @Test
    void sharingAnotherPersonsGoalIs422AndNothingIsWritten() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        long id = CircleFixtures.start(asha, "Study group");
        CircleFixtures.bringIn(asha, id, ravi);
        long mine = Goals.check(ravi, "Katas");
        long ashas = Goals.check(asha, "Asha's goal");
        CircleFixtures.share(ravi, id, List.of(mine)).then().statusCode(200);

        CircleFixtures.share(ravi, id, List.of(mine, ashas))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("goalIds"))
                .body("errors[0].message", equalTo("You can only share your own goals."));
        CircleFixtures.share(ravi, id, List.of(mine, 987654321L)).then().statusCode(422);

        assertThat(rows.list("select goal_id from circle_share where circle_id = ?", id))
                .extracting(row -> ((Number) row.get("goal_id")).longValue())
                .containsExactly(mine);
    }

    @Test
    void leavingRemovesThatPersonsSharesAtOnce() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        long id = CircleFixtures.start(asha, "Study group");
        CircleFixtures.bringIn(asha, id, ravi);
        long katas = Goals.check(ravi, "Katas");
        CircleFixtures.share(ravi, id, List.of(katas)).then().statusCode(200);

        ravi.api().delete(API + "/{id}/members/{userId}", id, ravi.id()).then().statusCode(204);

        assertThat(rows.count("circle_share", "circle_id = ?", id)).isZero();
        ravi.api().get(API + "/{id}", id).then().statusCode(404);
        asha.api().get(API + "/{id}/members", id).then().body("displayName", contains("Asha"));
        asha.api().get(API + "/{id}", id).then().body("memberCount", equalTo(1));
    }

    @Test
    void theOwnerHandsTheCircleOverAndBecomesAnOrganiser() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        long id = CircleFixtures.start(asha, "Study group");
        CircleFixtures.bringIn(asha, id, ravi);

        asha.api()
                .body(Map.of("role", "owner"))
                .patch(API + "/{id}/members/{userId}", id, ravi.id())
                .then()
                .statusCode(200)
                .body("role", equalTo("owner"));

        asha.api().get(API + "/{id}", id).then().body("role", equalTo("organiser"));
        ravi.api().get(API + "/{id}", id).then().body("role", equalTo("owner"));
        asha.api().delete(API + "/{id}", id).then().statusCode(403);
        asha.api()
                .body(Map.of("role", "boss"))
                .patch(API + "/{id}/members/{userId}", id, asha.id())
                .then()
                .statusCode(403);
        ravi.api()
                .body(Map.of("role", "boss"))
                .patch(API + "/{id}/members/{userId}", id, asha.id())
                .then()
                .statusCode(422);
    }

    @Test
    void aLeavingOwnerPassesTheCircleToTheLongestStandingOrganiserElseMemberElseItCloses() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long id = CircleFixtures.start(asha, "Study group");
        CircleFixtures.bringIn(asha, id, ravi);
        CircleFixtures.bringIn(asha, id, meera);
        asha.api()
                .body(Map.of("role", "organiser"))
                .patch(API + "/{id}/members/{userId}", id, meera.id())
                .then()
                .statusCode(200);

        asha.api().delete(API + "/{id}/members/{userId}", id, asha.id()).then().statusCode(204);
        meera.api().get(API + "/{id}", id).then().body("role", equalTo("owner"));

        meera.api()
                .delete(API + "/{id}/members/{userId}", id, meera.id())
                .then()
                .statusCode(204);
        ravi.api().get(API + "/{id}", id).then().body("role", equalTo("owner"));

        ravi.api().delete(API + "/{id}/members/{userId}", id, ravi.id()).then().statusCode(204);
        assertThat(rows.count("circle", "id = ?", id)).isZero();
        assertThat(rows.count("circle_invite", "circle_id = ?", id)).isZero();
    }

    @Test
    void aPersonIsInSeveralCirclesListedByName() {
        Person asha = CircleFixtures.person("Asha");
        long zed = CircleFixtures.start(asha, "Zed group");
        long alpha = CircleFixtures.start(asha, "alpha group");
        asha.api().get(API).then().body("id", contains((int) alpha, (int) zed));
    }
}
