package dev.riyaz.circle;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Circles pages without JavaScript: forms post and redirect, text is escaped, strangers get 404. */
@QuarkusTest
class CirclePagesTest {

    private static final Pattern JOIN = Pattern.compile("/circles/join/([A-Za-z0-9_-]{43})");
    private static final Pattern CIRCLE = Pattern.compile("/circles/(\\d+)");

    @Inject
    Rows rows;

    /** A person signed in through the pages, with a token for set-up through the API. */
    record Someone(WebForms.Visitor browser, People.Person person) {}

    static Someone someone(String displayName) {
        String email = "circles" + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person person = new People.Person(browser.userId(), email, People.tokenFor(email));
        person.api()
                .body(Map.of("displayName", displayName))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        return new Someone(browser, person);
    }

    static long start(Someone owner, String name, String description) {
        Response answer =
                owner.browser().post("/circles/new", "/circles", Map.of("name", name, "description", description));
        assertThat(answer.getStatusCode()).isEqualTo(303);
        Matcher m = CIRCLE.matcher(answer.getHeader("Location"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static String makeLink(Someone organiser, long id) {
        Response made = organiser
                .browser()
                .post(
                        "/circles/" + id + "/invites",
                        "/circles/" + id + "/invites",
                        Map.of("expiresInDays", "7", "uses", "5"));
        assertThat(made.getStatusCode()).isEqualTo(200);
        Matcher m = JOIN.matcher(made.asString());
        assertThat(m.find()).as("the new link is on the page").isTrue();
        return m.group(1);
    }

    @Test
    void aPersonStartsACircleInvitesAndASecondJoinsAndSharesAGoal() {
        Someone asha = someone("Asha");
        Someone ravi = someone("Ravi");
        long id = start(asha, "Hydpy beginners", "Python on Saturdays");
        assertThat(asha.browser()
                        .get("/circles/" + id + "?notice=circle_started")
                        .asString())
                .contains(
                        "Hydpy beginners", "Python on Saturdays", "Circle started.", "No practice days yet this week");
        assertThat(asha.browser().get("/circles").asString()).contains("Hydpy beginners", "1 member");
        String token = makeLink(asha, id);

        String joinPage = ravi.browser().get("/circles/join/" + token).asString();
        assertThat(joinPage).contains("Join Hydpy beginners", "Python on Saturdays", "Joining shares nothing");
        Response joined = ravi.browser().post("/circles/join/" + token, "/circles/join/" + token, Map.of());
        assertThat(joined.getStatusCode()).isEqualTo(303);
        assertThat(joined.getHeader("Location")).endsWith("/circles/" + id + "?notice=circle_joined");

        long katas = Goals.check(ravi.person(), "Katas");
        Goals.check(ravi.person(), "Private goal");
        assertThat(ravi.browser().get("/circles/" + id + "/share").asString()).contains("Katas", "Private goal");
        Response saved = ravi.browser()
                .post("/circles/" + id + "/share", "/circles/" + id + "/share", Map.of("goalId", List.of(katas)));
        assertThat(saved.getStatusCode()).isEqualTo(303);
        Goals.log(ravi.person(), katas, Map.of("note", "secret note"));

        String page = asha.browser().get("/circles/" + id).asString();
        assertThat(page)
                .contains("Ravi", "Katas", "1 practice day this week", "New here:")
                .doesNotContain("Private goal")
                .doesNotContain("secret note")
                .doesNotContain(ravi.person().email());
        assertThat(asha.browser().get("/circles/" + id + "/members").asString()).contains("shares 1 goal");
    }

    @Test
    void textThatOnePersonWritesIsEscapedForEveryoneElse() {
        Someone asha = someone("<b>Asha</b>");
        Someone ravi = someone("<img src=x onerror=alert(2)>");
        long id = start(asha, "<script>alert(1)</script>", "<i>desc</i>");
        String token = makeLink(asha, id);
        String joinPage = ravi.browser().get("/circles/join/" + token).asString();
        assertThat(joinPage).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        ravi.browser().post("/circles/join/" + token, "/circles/join/" + token, Map.of());
        long goal = Goals.check(ravi.person(), "<svg onload=alert(3)>");
        CircleFixtures.share(ravi.person(), id, List.of(goal)).then().statusCode(200);

        for (String path : List.of("/circles/" + id, "/circles/" + id + "/members", "/circles")) {
            String page = asha.browser().get(path).asString();
            assertThat(page)
                    .as(path)
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<img src=x")
                    .doesNotContain("<svg onload")
                    .doesNotContain("<i>desc</i>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        assertThat(asha.browser().get("/circles/" + id).asString())
                .contains("&lt;img src=x onerror=alert(2)&gt;", "&lt;svg onload=alert(3)&gt;");
    }

    @Test
    void aBadNameShowsTheFormAgainWithWhatWasTyped() {
        Someone asha = someone("Asha");
        Response answer = asha.browser()
                .post("/circles/new", "/circles", Map.of("name", "x".repeat(81), "description", "kept words"));
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Use at most 80 characters for the name.", "kept words", "aria-invalid=\"true\"");
    }

    @Test
    void peopleOutsideTheCircleGet404OnEveryPageAndChangeNothing() {
        Someone asha = someone("Asha");
        Someone ravi = someone("Ravi");
        Someone stranger = someone("Stranger");
        long id = start(asha, "Study group", "");
        String token = makeLink(asha, id);
        ravi.browser().post("/circles/join/" + token, "/circles/join/" + token, Map.of());
        long inviteId = asha.person()
                .api()
                .get("/api/v1/circles/{id}/invites", id)
                .jsonPath()
                .getLong("[0].id");
        String before = snapshot(id);
        String base = "/circles/" + id;

        for (String path : List.of(base, base + "/share", base + "/members", base + "/invites")) {
            assertThat(stranger.browser().get(path).getStatusCode()).as(path).isEqualTo(404);
        }
        stranger.browser().get("/circles");
        for (String action : List.of(
                base + "/share",
                base + "/invites",
                base + "/invites/" + inviteId + "/revoke",
                base + "/members/" + ravi.person().id() + "/approve",
                base + "/members/" + ravi.person().id() + "/remove",
                base + "/members/" + ravi.person().id() + "/role",
                base + "/about",
                base + "/leave",
                base + "/close")) {
            Response answer = stranger.browser()
                    .post("/circles", action, Map.of("role", "owner", "name", "Taken", "confirmed", "true"));
            assertThat(answer.getStatusCode()).as(action).isEqualTo(404);
            assertThat(answer.asString()).doesNotContain("Study group");
        }
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aMemberCannotManageInvitesOrOthersAndTheOwnerConfirmsClosing() {
        Someone asha = someone("Asha");
        Someone ravi = someone("Ravi");
        long id = start(asha, "Study group", "");
        String token = makeLink(asha, id);
        ravi.browser().post("/circles/join/" + token, "/circles/join/" + token, Map.of());

        assertThat(ravi.browser().get("/circles/" + id + "/invites").getStatusCode())
                .isEqualTo(403);
        assertThat(ravi.browser().get("/circles/" + id + "/members").asString())
                .doesNotContain("/members/" + asha.person().id() + "/remove")
                .contains("Leave this circle");
        Response unconfirmed =
                asha.browser().post("/circles/" + id + "/members", "/circles/" + id + "/close", Map.of());
        assertThat(unconfirmed.getStatusCode()).isEqualTo(422);
        assertThat(unconfirmed.asString()).contains("Tick the box to say you want the circle closed.");
        assertThat(rows.count("circle", "id = ?", id)).isEqualTo(1);

        Response closed = asha.browser()
                .post("/circles/" + id + "/members", "/circles/" + id + "/close", Map.of("confirmed", "true"));
        assertThat(closed.getStatusCode()).isEqualTo(303);
        assertThat(rows.count("circle", "id = ?", id)).isZero();
    }

    @Test
    void aLinkThatNoLongerWorksSaysSoOnTheJoinPage() {
        Someone asha = someone("Asha");
        Someone ravi = someone("Ravi");
        long id = start(asha, "Study group", "");
        String token = makeLink(asha, id);
        long inviteId = asha.person()
                .api()
                .get("/api/v1/circles/{id}/invites", id)
                .jsonPath()
                .getLong("[0].id");
        asha.browser()
                .post("/circles/" + id + "/invites", "/circles/" + id + "/invites/" + inviteId + "/revoke", Map.of());

        assertThat(ravi.browser().get("/circles/join/" + token).asString())
                .contains("This invite link was turned off.")
                .doesNotContain("Study group");
        Response answer = ravi.browser().post("/circles/join/" + token, "/circles/join/" + token, Map.of());
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(rows.count("circle_member", "circle_id = ?", id)).isEqualTo(1);
    }

    @Test
    void withoutTheCsrfTokenNoCircleIsStartedOrJoined() {
        Someone asha = someone("Asha");
        long id = start(asha, "Study group", "");
        String token = makeLink(asha, id);
        Someone ravi = someone("Ravi");
        given().redirects()
                .follow(false)
                .cookie("riyaz_session", ravi.browser().session)
                .contentType("application/x-www-form-urlencoded")
                .formParam("name", "Forged")
                .post("/circles")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .cookie("riyaz_session", ravi.browser().session)
                .contentType("application/x-www-form-urlencoded")
                .post("/circles/join/" + token)
                .then()
                .statusCode(403);
        assertThat(rows.count("circle_member", "user_id = ?", ravi.person().id()))
                .isZero();
    }

    private String snapshot(long id) {
        return List.of(
                        rows.list("select * from circle where id = ?", id),
                        rows.list("select * from circle_member where circle_id = ? order by id", id),
                        rows.list("select * from circle_invite where circle_id = ? order by id", id),
                        rows.list("select * from circle_share where circle_id = ? order by id", id))
                .toString();
    }
}
