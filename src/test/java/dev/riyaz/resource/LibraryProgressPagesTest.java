package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library list and progress through a resource on its pages: search and filters, the +1 button, finishing, and the
 * projected finish.
 */
@QuarkusTest
class LibraryProgressPagesTest extends LibraryPagesFixture {

    @Test
    void searchAndFiltersNarrowTheList() {
        long python = goal("Python");
        resource(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "Tutorial", "goalIds", List.of(python)));
        resource(Map.of("url", "https://www.youtube.com/@coreyms", "title", "Corey videos", "tags", List.of("video")));
        resource(Map.of("url", "https://exercism.org", "title", "Exercism", "status", "paused"));

        String all = asha.get("/resources").asString();
        assertThat(all)
                .contains("Tutorial")
                .contains("Corey videos")
                .contains("Exercism")
                .contains("3 links saved.");
        String byGoal = asha.get("/resources?goalId=" + python).asString();
        assertThat(byGoal)
                .contains(">Tutorial</a>")
                .doesNotContain(">Corey videos</a>")
                .contains("Showing 1 of 3");
        assertThat(asha.get("/resources?q=corey").asString())
                .contains(">Corey videos</a>")
                .doesNotContain(">Tutorial</a>");
        assertThat(asha.get("/resources?status=paused").asString())
                .contains(">Exercism</a>")
                .doesNotContain(">Corey videos</a>");
        assertThat(asha.get("/resources?kind=video&tag=video").asString())
                .contains(">Corey videos</a>")
                .doesNotContain(">Exercism</a>");
        assertThat(asha.get("/resources?q=nothing-like-this").asString()).contains("Nothing matches");
    }

    @Test
    void thePlusOneMovesProgressAndFinishingMarksItDone() {
        long id = resource(Map.of("url", "https://exercism.org/tracks/python", "length", 2, "progress", 0));
        Response step = asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        assertThat(step.statusCode()).isEqualTo(303);
        assertThat(stored(id).getInt("progress")).isEqualTo(1);
        assertThat(stored(id).getString("status")).isEqualTo("active");
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        assertThat(stored(id).getInt("progress")).isEqualTo(2);
        assertThat(stored(id).getString("status")).isEqualTo("done");
        assertThat(asha.get("/resources/" + id).asString()).contains("2 of 2").doesNotContain("+1 done");
    }

    @Test
    void theProjectedFinishFollowsTheLastFourWeeks() {
        clock.set(Instant.parse("2026-02-01T06:30:00Z"));
        long id = resource(Map.of("url", "https://cs50.harvard.edu/python/", "length", 24, "progress", 0));
        clock.set(Instant.parse("2026-02-14T06:30:00Z"));
        api().body(Map.of("progress", 7))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);
        clock.set(Instant.parse("2026-03-14T06:30:00Z"));
        api().body(Map.of("progress", 14))
                .patch("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200);

        // 7 parts in the last 28 days: 1.75 a week; 10 left take 40 days from Sat 14 Mar.
        assertThat(asha.get("/resources/" + id).asString())
                .contains("At your pace of about 1.8 a week, you finish around Thu 23 Apr.");

        clock.set(Instant.parse("2026-04-12T06:30:00Z"));
        assertThat(asha.get("/resources/" + id).asString())
                .as("nothing moved in four weeks: no promise")
                .doesNotContain("you finish around")
                .contains("Riyaz estimates when you will finish");
    }

    @Test
    void progressOnTheFirstDayCountsTowardsThePace() {
        long id = resource(Map.of("url", "https://cs50.harvard.edu/python/", "length", 10, "progress", 0));
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        asha.post("/resources/" + id, "/resources/" + id + "/step", Map.of());
        // 2 done on the first day, counted over at least a week: 2 a week, 8 left take 28 days from Sat 14 Mar.
        assertThat(asha.get("/resources/" + id).asString())
                .contains("At your pace of about 2 a week, you finish around Sat 11 Apr.");
    }
}
