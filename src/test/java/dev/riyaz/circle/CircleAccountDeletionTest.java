package dev.riyaz.circle;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Rows;

import static dev.riyaz.circle.CircleFixtures.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Deleting an account takes the person out of every circle; the circles they owned pass on or close. */
@QuarkusTest
class CircleAccountDeletionTest {

    @Inject
    Rows rows;

    @Test
    void aDeletedOwnersCirclePassesOnAndTheirOwnCircleCloses() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        Person meera = CircleFixtures.person("Meera");
        long shared = CircleFixtures.start(asha, "Study group");
        long alone = CircleFixtures.start(asha, "Just me");
        CircleFixtures.bringIn(asha, shared, meera);
        CircleFixtures.bringIn(asha, shared, ravi);
        asha.api()
                .body(Map.of("role", "organiser"))
                .patch(API + "/{id}/members/{userId}", shared, ravi.id())
                .then()
                .statusCode(200);
        long katas = Goals.check(asha, "Katas");
        CircleFixtures.share(asha, shared, List.of(katas)).then().statusCode(200);

        asha.api()
                .body(Map.of("password", People.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);

        ravi.api().get(API + "/{id}", shared).then().statusCode(200).body("role", equalTo("owner"));
        ravi.api().get(API + "/{id}/members", shared).then().body("displayName", contains("Meera", "Ravi"));
        assertThat(rows.count("circle_member", "user_id = ?", asha.id())).isZero();
        assertThat(rows.count("circle_invite", "created_by = ?", asha.id())).isZero();
        assertThat(rows.count("circle_share", "circle_id = ?", shared)).isZero();
        assertThat(rows.count("circle", "id = ?", alone)).isZero();
    }
}
