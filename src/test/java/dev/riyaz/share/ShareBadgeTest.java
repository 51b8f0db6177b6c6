package dev.riyaz.share;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badge at {@code /badge/{token}.svg}, as a README on GitHub fetches it: the streak in the unit the schedule counts
 * in, cached for five minutes with an ETag, and a title that stays text whatever it holds. Sat 14 Mar 2026 in Kolkata.
 */
@QuarkusTest
class ShareBadgeTest {

    private Shares asha;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = Shares.signUp("badge");
    }

    @Test
    void aDailyGoalCountsDays() {
        long python = Goals.create(asha.person, Map.of("title", "Python", "startDate", "2026-03-01"));
        logOn(python, "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14");
        String token = asha.shared(python, false, false);

        Response badge = Shares.open("/badge/" + token + ".svg");
        badge.then().statusCode(200).contentType("image/svg+xml").header("Cache-Control", "public, max-age=300");
        Element root = SvgXml.parse(badge.asString());
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Python · 5-day streak");
        assertThat(SvgXml.title(badge.asString())).isEqualTo("Python · 5-day streak");
    }

    @Test
    void weeklyAndMonthlyGoalsCountWeeksAndMonths() {
        long weekly = Goals.create(
                asha.person, Map.of("title", "Katas", "schedule", Goals.weekly(2), "startDate", "2026-02-23"));
        logOn(weekly, "2026-02-23", "2026-02-25", "2026-03-02", "2026-03-04");
        long monthly = Goals.create(
                asha.person, Map.of("title", "Blog post", "schedule", Goals.monthly(1), "startDate", "2026-01-01"));
        logOn(monthly, "2026-01-10", "2026-02-10");
        long fresh = Goals.check(asha.person, "Rust");

        assertThat(titleOf(asha.shared(weekly, false, false)))
                .isEqualTo("Katas · " + streakOf(weekly) + "-week streak")
                .isEqualTo("Katas · 2-week streak");
        assertThat(titleOf(asha.shared(monthly, false, false))).isEqualTo("Blog post · 2-month streak");
        assertThat(titleOf(asha.shared(fresh, false, false))).isEqualTo("Rust · just started");
    }

    @Test
    void withNoCurrentRunTheBadgeShowsTheTotalOrTheStrengthNeverAFreshStart() {
        long python = Goals.create(
                asha.person,
                Map.of(
                        "title",
                        "Python",
                        "kind",
                        "measured",
                        "unit",
                        "minutes",
                        "dailyTarget",
                        30,
                        "startDate",
                        "2026-02-01"));
        for (String day : List.of("2026-02-02", "2026-02-03", "2026-02-04", "2026-02-05", "2026-02-06")) {
            Goals.log(asha.person, python, Map.of("date", day, "amount", 30));
        }
        long katas = Goals.check(asha.person, "Katas");
        logOn(katas, "2026-03-10", "2026-03-11");

        assertThat(streakOf(python)).isZero();
        assertThat(titleOf(asha.shared(python, false, false))).isEqualTo("Python · 2.5 hours so far");
        long strength = Math.round(Json.doc(asha.person
                                .api()
                                .get("/api/v1/goals/{id}/stats", katas)
                                .then()
                                .extract())
                        .getDouble("score")
                * 100);
        assertThat(streakOf(katas)).isZero();
        assertThat(titleOf(asha.shared(katas, false, false))).isEqualTo("Katas · strength " + strength + "%");
    }

    @Test
    void anUnchangedBadgeAnswers304ToItsETag() {
        long python = Goals.create(asha.person, Map.of("title", "Python", "startDate", "2026-03-01"));
        logOn(python, "2026-03-13");
        String path = "/badge/" + asha.shared(python, false, false) + ".svg";
        String etag = Shares.open(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=300")
                .body(org.hamcrest.Matchers.emptyString());
        given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);

        logOn(python, "2026-03-14");
        Response changed = given().header("If-None-Match", etag).get(path);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(SvgXml.title(changed.asString())).isEqualTo("Python · 2-day streak");
    }

    @Test
    void aHostileTitleStaysTextOnTheBadgeAndThePages() {
        String hostile = "<script>alert(\"x\")</script> & 'friends'";
        long goal = Goals.create(asha.person, Map.of("title", hostile));
        logOn(goal, "2026-03-14");
        String token = asha.shared(goal, false, false);

        String badge = Shares.open("/badge/" + token + ".svg").asString();
        assertThat(badge).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
        assertThat(SvgXml.title(badge)).isEqualTo(hostile + " · 1-day streak");

        String page = Shares.open("/p/" + token).asString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        String owner = asha.browser.get("/goals/" + goal + "/share").asString();
        assertThat(owner).doesNotContain("<script>alert").doesNotContain("'friends' streak\"");
    }

    @Test
    void theSharePageGivesTheLinkAndBadgeToCopy() {
        long python = Goals.check(asha.person, "Python [3]");
        String token = asha.shared(python, false, false);
        String page = asha.browser.get("/goals/" + python + "/share").asString();
        String link = "https://riyaz.example/p/" + token;
        String badge = "https://riyaz.example/badge/" + token + ".svg";
        assertThat(page)
                .contains("<label for=\"share-link\">Link to the progress page</label>")
                .contains("<input id=\"share-link\" type=\"text\" readonly value=\"" + link + "\">")
                .contains("value=\"[![Python \\[3\\] streak](" + badge + ")](" + link + ")\"")
                .contains("value=\"&lt;a href=&quot;" + link + "&quot;&gt;&lt;img src=&quot;" + badge
                        + "&quot; alt=&quot;Python [3] streak&quot;&gt;&lt;/a&gt;\"")
                .contains("<img src=\"/badge/" + token + ".svg\" alt=\"Python [3] streak\">");
    }

    private String titleOf(String token) {
        return SvgXml.title(Shares.open("/badge/" + token + ".svg")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private int streakOf(long goal) {
        return asha.person
                .api()
                .get("/api/v1/goals/{id}/stats", goal)
                .then()
                .statusCode(200)
                .extract()
                .path("currentStreak.length");
    }

    private void logOn(long goal, String... days) {
        for (String day : List.of(days)) {
            Goals.log(asha.person, goal, Map.of("date", day));
        }
    }
}
