package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing the library through the API: filters narrow the list and sorts order it.
 */
@QuarkusTest
class LibraryListTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    private MutableClock clock;
    private Person asha;

    @BeforeEach
    void setUp() {
        clock = MutableClock.installAt(NOW);
        asha = People.signUp();
    }

    @Test
    void filtersNarrowTheListAndSortsOrderIt() {
        long python = Goals.check(asha, "Python");
        Library.create(
                asha,
                Map.of(
                        "url",
                        "https://docs.python.org/3/tutorial/",
                        "title",
                        "Tutorial",
                        "tags",
                        List.of("python"),
                        "goalIds",
                        List.of(python)));
        clock.advance(java.time.Duration.ofMinutes(1));
        Library.create(
                asha,
                Map.of(
                        "url",
                        "https://www.youtube.com/@coreyms",
                        "title",
                        "Corey videos",
                        "notes",
                        "Great for 100% beginners",
                        "status",
                        "paused"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Library.create(
                asha,
                Map.of(
                        "url",
                        "https://exercism.org/tracks/python",
                        "title",
                        "Exercism",
                        "status",
                        "done",
                        "tags",
                        List.of("python", "problems")));

        assertThat(Library.titles(asha, "")).containsExactly("Exercism", "Corey videos", "Tutorial");
        assertThat(Library.titles(asha, "sort=title")).containsExactly("Corey videos", "Exercism", "Tutorial");
        assertThat(Library.titles(asha, "goalId=" + python)).containsExactly("Tutorial");
        assertThat(Library.titles(asha, "status=paused")).containsExactly("Corey videos");
        assertThat(Library.titles(asha, "kind=video")).containsExactly("Corey videos");
        assertThat(Library.titles(asha, "tag=python")).containsExactly("Exercism", "Tutorial");
        assertThat(Library.titles(asha, "tag=pyth")).isEmpty();
        assertThat(Json.doc(asha.api()
                                .queryParam("q", "100%")
                                .get("/api/v1/resources")
                                .then()
                                .statusCode(200)
                                .extract())
                        .getList("title"))
                .as("a % in the search is a percent sign, not a wildcard")
                .containsExactly("Corey videos");
        assertThat(Library.titles(asha, "q=EXERCISM")).containsExactly("Exercism");
        assertThat(Library.titles(asha, "q=docs.python")).containsExactly("Tutorial");
        asha.api().get("/api/v1/resources?status=later").then().spec(Problems.problem(400));
        asha.api().get("/api/v1/resources?goalId=abc").then().spec(Problems.problem(400));
        asha.api().get("/api/v1/resources?goalId=999999999").then().spec(Problems.problem(404));
    }
}
