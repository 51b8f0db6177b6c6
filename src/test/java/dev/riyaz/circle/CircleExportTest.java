package dev.riyaz.circle;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People.Person;

import static org.assertj.core.api.Assertions.assertThat;

/** The account export holds the circles the person owns, and nothing of the circles of others or of other people. */
@QuarkusTest
class CircleExportTest {

    @Test
    void anExportHoldsTheCirclesThePersonOwnsOnly() {
        Person asha = CircleFixtures.person("Asha");
        Person ravi = CircleFixtures.person("Ravi");
        long mine = CircleFixtures.start(asha, "Asha's circle");
        long ravis = CircleFixtures.start(ravi, "Ravi's circle");
        CircleFixtures.bringIn(asha, mine, ravi);
        CircleFixtures.bringIn(ravi, ravis, asha);

        JsonNode export = Json.read(asha.api().get("/api/v1/export").then().statusCode(200));

        JsonNode circles = export.path("circles");
        assertThat(circles).hasSize(1);
        assertThat(circles.get(0).path("name").asText()).isEqualTo("Asha's circle");
        assertThat(circles.get(0).path("description").asText()).isEqualTo("We practise together");
        assertThat(export.toString()).doesNotContain("Ravi").doesNotContain(ravi.email());
    }
}
