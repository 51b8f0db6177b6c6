package dev.riyaz.share;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.common.ApiException;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Links;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sharing a goal from its share page, and what anyone with the link sees: the streak, strength and calendar, and
 * notes and links only when ticked; never the e-mail, the name or another goal. Sat 14 Mar 2026, noon in Kolkata.
 */
@QuarkusTest
class ShareLinksTest {

    private static final String NOTE = "loops and lists";

    @Inject
    Rows rows;

    @Inject
    ShareService shares;

    private Shares asha;
    private long python;
    private long diary;

    @BeforeEach
    void setUp() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = Shares.signUp("share");
        python = Goals.create(
                asha.person,
                Map.of("title", "Python", "description", "Private plan: pass the exam", "startDate", "2026-03-01"));
        diary = Goals.check(asha.person, "Secret diary");
        for (String day : List.of("2026-03-12", "2026-03-13", "2026-03-14")) {
            Goals.log(asha.person, python, Map.of("date", day, "note", NOTE + " " + day));
        }
        Goals.log(asha.person, diary, Map.of("note", "diary entry"));
        resource("https://docs.python.org/3/tutorial/", "The Python tutorial", "active", python);
        resource("https://realpython.com/later/", "For later", "todo", python);
        resource("https://diary.example/", "Diary link", "active", diary);
    }

    @Test
    void theGoalPageOffersToShareAndSharingIsOffUntilTurnedOn() {
        assertThat(asha.browser.get("/goals/" + python).asString())
                .contains("href=\"/goals/" + python + "/share\">Share<span class=\"visually-hidden\">: Python</span>");
        String page = asha.browser
                .get("/goals/" + python + "/share")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Anyone with this link can see this goal&#39;s run, habit strength and calendar."
                        + " Nothing else of your account.")
                .contains("name=\"showNotes\" value=\"true\" >")
                .contains("name=\"showResources\" value=\"true\" >")
                .doesNotContain("/p/");
        assertThat(rows.count("share_link", "goal_id = ?", python)).isZero();
    }

    @Test
    void thePublicPageShowsStreakStrengthAndCalendarAndNothingElseByDefault() {
        asha.share(python, false, false).then().statusCode(303).header("Location", endsWithNotice("share_on"));
        String token = asha.token(python);

        var answer = Shares.open("/p/" + token).then().statusCode(200);
        answer.header("X-Robots-Tag", "noindex");
        String page = answer.extract().asString();
        assertThat(page)
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("<h1 class=\"break\">Python</h1>")
                .contains("<dd id=\"current-streak\">3 days</dd>")
                .contains("<dd id=\"best-streak\">3 days</dd>")
                .contains("The current run is 3 days; the longest so far was 3 days. Habit strength is")
                .contains("class=\"heatmap\"")
                .contains("data-date=\"2026-03-13\"")
                .contains("Made with <a href=\"/\">Riyaz</a>");
        assertThat(page)
                .doesNotContain(asha.person.email())
                .doesNotContain("Asha")
                .doesNotContain("Secret diary")
                .doesNotContain("Private plan")
                .doesNotContain(NOTE)
                .doesNotContain("docs.python.org")
                .doesNotContain("The Python tutorial")
                .doesNotContain("<nav")
                .doesNotContain("href=\"/goals")
                .doesNotContain("class=\"brand\" href");
        Map<String, Object> row = rows.one("select * from share_link where goal_id = ?", python);
        assertThat(row)
                .containsEntry("owner_id", asha.person.id())
                .containsEntry("token", token)
                .containsEntry("show_notes", false)
                .containsEntry("show_resources", false)
                .containsEntry("revoked_at", null);
    }

    @Test
    void notesAndActiveLinksShowOnlyWhenTicked() {
        String token = asha.shared(python, true, false);
        String notesOnly =
                Shares.open("/p/" + token).then().statusCode(200).extract().asString();
        assertThat(notesOnly)
                .contains("Notes from recent practice")
                .contains(NOTE + " 2026-03-14")
                .contains(NOTE + " 2026-03-12")
                .doesNotContain("diary entry")
                .doesNotContain("The Python tutorial");

        asha.share(python, false, true).then().statusCode(303).header("Location", endsWithNotice("share_saved"));
        assertThat(asha.token(python)).as("changing the ticks keeps the link").isEqualTo(token);
        String linksOnly =
                Shares.open("/p/" + token).then().statusCode(200).extract().asString();
        assertThat(linksOnly)
                .contains("<a href=\"https://docs.python.org/3/tutorial/\" rel=\"noopener noreferrer\">"
                        + "The Python tutorial</a>")
                .doesNotContain("For later")
                .doesNotContain("Diary link")
                .doesNotContain(NOTE)
                .doesNotContain(asha.person.email());
        assertThat(rows.one("select show_notes, show_resources from share_link where goal_id = ?", python))
                .isEqualTo(Map.of("show_notes", false, "show_resources", true));
    }

    @Test
    void aNewLinkStopsTheOldOneAndStoppingStopsBoth() {
        String first = asha.shared(python, false, false);
        asha.post(python, "new").then().statusCode(303).header("Location", endsWithNotice("share_new"));
        String second = asha.token(python);
        assertThat(second).isNotEqualTo(first);
        assertGone(first);
        Shares.open("/p/" + second).then().statusCode(200);
        Shares.open("/badge/" + second + ".svg").then().statusCode(200);

        asha.post(python, "stop").then().statusCode(303).header("Location", endsWithNotice("share_off"));
        assertGone(second);
        Map<String, Object> row = rows.one("select token, revoked_at from share_link where goal_id = ?", python);
        assertThat(row.get("token")).isEqualTo(second);
        assertThat(row.get("revoked_at")).isNotNull();
        assertThat(asha.browser.get("/goals/" + python + "/share").asString()).doesNotContain(second);

        String third = asha.shared(python, false, false);
        assertThat(third).isNotIn(first, second);
        Shares.open("/p/" + third).then().statusCode(200);
        assertGone(second);
        assertThat(rows.count("share_link", "goal_id = ?", python)).isOne();
    }

    @Test
    void anUnknownTokenOrAnIdLooksExactlyLikeAStoppedLink() {
        String token = asha.shared(python, true, true);
        asha.post(python, "stop").then().statusCode(303);
        String stopped =
                Shares.open("/p/" + token).then().statusCode(404).extract().asString();
        long linkId = ((Number) rows.one("select id from share_link where goal_id = ?", python)
                        .get("id"))
                .longValue();
        for (String other : List.of("A".repeat(43), "" + python, "" + linkId, token.substring(1), "")) {
            if (!other.isEmpty()) {
                assertThat(Shares.open("/p/" + other)
                                .then()
                                .statusCode(404)
                                .extract()
                                .asString())
                        .isEqualTo(stopped);
            }
            Shares.open("/badge/" + other + ".svg").then().statusCode(404);
        }
        assertThat(stopped).doesNotContain("Python").doesNotContain(asha.person.email());
    }

    @Test
    void someoneElseCanNeitherSeeNorChangeTheSharing() {
        String token = asha.shared(python, false, false);
        Map<String, Object> before = rows.one("select * from share_link where goal_id = ?", python);
        Shares ravi = Shares.signUp("ravi");

        ravi.browser.get("/goals/" + python + "/share").then().statusCode(404);
        ravi.share(python, true, true).then().statusCode(404);
        ravi.post(python, "new").then().statusCode(404);
        ravi.post(python, "stop").then().statusCode(404);

        // The service refuses too, whoever calls it.
        long other = ravi.person.id();
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> shares.get(other, python),
                () -> shares.share(other, python, true, true),
                () -> shares.renew(other, python),
                () -> shares.stop(other, python))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status())
                    .isEqualTo(404));
        }
        assertThat(rows.one("select * from share_link where goal_id = ?", python))
                .isEqualTo(before);
        assertThat(rows.count("share_link", "owner_id = ?", other)).isZero();
        Shares.open("/p/" + token).then().statusCode(200);
        Shares.open("/goals/" + python + "/share").then().statusCode(303);
    }

    @Test
    void tokensCarryAtLeast128RandomBits() {
        Set<String> tokens = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        String token = asha.shared(python, false, false);
        for (int i = 0; i < 20; i++) {
            // 43 base64url characters hold 258 bits; decoded they are the 32 random bytes.
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            tokens.add(token);
            prefixes.add(token.substring(0, 6));
            asha.post(python, "new").then().statusCode(303);
            token = asha.token(python);
        }
        assertThat(tokens).hasSize(20);
        assertThat(prefixes)
                .as("no common start, as a counter or a clock would give")
                .hasSize(20);
    }

    @Test
    void deletingTheGoalTakesItsLinkAlong() {
        String token = asha.shared(python, false, false);
        asha.browser
                .post("/goals/" + python + "/delete", "/goals/" + python + "/delete", Map.of())
                .then()
                .statusCode(303);
        assertGone(token);
        assertThat(rows.count("share_link", "goal_id = ?", python)).isZero();
    }

    private static void assertGone(String token) {
        Shares.open("/p/" + token).then().statusCode(404);
        Shares.open("/badge/" + token + ".svg")
                .then()
                .statusCode(404)
                .contentType("image/svg+xml")
                .header("ETag", org.hamcrest.Matchers.nullValue());
    }

    private static org.hamcrest.Matcher<String> endsWithNotice(String notice) {
        return org.hamcrest.Matchers.endsWith("/share?notice=" + notice);
    }

    private void resource(String url, String title, String status, long goal) {
        Links.create(asha.person.api(), Map.of("url", url, "title", title, "status", status, "goalIds", List.of(goal)));
    }
}
