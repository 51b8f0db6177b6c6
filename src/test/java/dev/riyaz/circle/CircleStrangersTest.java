package dev.riyaz.circle;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Rows;

import static dev.riyaz.circle.CircleFixtures.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second and a third person probing every id of a circle they are not in (a stranger, and someone still waiting for
 * approval) get 404 on every path, and nothing changes in the database.
 */
@QuarkusTest
class CircleStrangersTest {

    @Inject
    Rows rows;

    @Test
    void peopleOutsideTheCircleGet404EverywhereAndChangeNothing() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person stranger = CircleFixtures.person("Stranger");
        Person waiting = CircleFixtures.person("Waiting");
        long id = CircleFixtures.start(asha, "Study group", true);
        CircleFixtures.invite(asha, id);
        String token = CircleFixtures.invite(asha, id);
        CircleFixtures.join(ravi, token).then().statusCode(202);
        asha.api()
                .post(API + "/{id}/members/{userId}/approve", id, ravi.id())
                .then()
                .statusCode(200);
        CircleFixtures.join(waiting, token).then().statusCode(202);
        long katas = Goals.check(ravi, "Katas");
        CircleFixtures.share(ravi, id, List.of(katas)).then().statusCode(200);
        long inviteId = asha.api().get(API + "/{id}/invites", id).jsonPath().getLong("[0].id");
        long strangersGoal = Goals.check(stranger, "Mine");
        String before = snapshot(id);

        for (Person probe : List.of(stranger, waiting)) {
            for (long member : List.of(asha.id(), ravi.id(), probe.id())) {
                expect404(probe.api().get(API + "/{id}/members", id));
                expect404(probe.api().delete(API + "/{id}/members/{u}", id, member));
                expect404(probe.api().body(Map.of("role", "owner")).patch(API + "/{id}/members/{u}", id, member));
                expect404(probe.api().post(API + "/{id}/members/{u}/approve", id, member));
            }
            expect404(probe.api().get(API + "/{id}", id));
            expect404(probe.api().body(Map.of("name", "Taken")).patch(API + "/{id}", id));
            expect404(probe.api().delete(API + "/{id}", id));
            expect404(
                    probe.api().body(Map.of("goalIds", List.of(strangersGoal))).put(API + "/{id}/shares", id));
            expect404(probe.api().body(Map.of()).post(API + "/{id}/invites", id));
            expect404(probe.api().get(API + "/{id}/invites", id));
            expect404(probe.api().delete(API + "/{id}/invites/{i}", id, inviteId));
            assertThat(probe.api().get(API).jsonPath().getList("id")).isEmpty();
        }

        assertThat(snapshot(id)).isEqualTo(before);
    }

    private static void expect404(io.restassured.response.Response answer) {
        assertThat(answer.getStatusCode()).as(answer.asString()).isEqualTo(404);
        assertThat(answer.asString()).doesNotContain("Study group").doesNotContain("Katas");
    }

    /** Every row of the circle, as text. */
    private String snapshot(long id) {
        return List.of(
                        rows.list("select * from circle where id = ?", id),
                        rows.list("select * from circle_member where circle_id = ? order by id", id),
                        rows.list("select * from circle_invite where circle_id = ? order by id", id),
                        rows.list("select * from circle_share where circle_id = ? order by id", id))
                .toString();
    }
}
