package dev.riyaz.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.People;
import dev.riyaz.testing.PushDevices;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Deleting an account from Settings removes every row of the person in every table (the tables read from the
 * database, see {@link PersonRows}), ends their sessions and tokens, and leaves everyone else's rows as they were.
 */
@QuarkusTest
class AccountDeletionTest {

    private static final String SETTINGS = "/settings";
    private static final String DELETE = "/settings/delete-account";

    @Inject
    Rows rows;

    /** Someone with one of everything, their browser (signed in, a known device) and their token. */
    record Someone(WebForms.Visitor browser, People.Person person) {}

    @Test
    void deletingTheAccountRemovesEveryRowOfThePersonAndNobodyElses() {
        Someone asha = withEverything("leaving");
        Someone ravi = withEverything("staying");
        PersonRows schema = new PersonRows(rows);
        Map<String, List<String>> ashaBefore = snapshot(schema, asha);
        assertThat(ashaBefore).as("tables with rows of a person").hasSizeGreaterThanOrEqualTo(15);
        ashaBefore.forEach((table, found) -> assertThat(found)
                .as("a row of the person in %s before (add one to the fixture, so its deletion is checked)", table)
                .isNotEmpty());
        Map<String, List<String>> raviBefore = snapshot(schema, ravi);
        String session = asha.browser().session;

        Response answer = asha.browser().post(SETTINGS, DELETE, Map.of("password", People.PASSWORD, "confirmed", "on"));

        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/goodbye");
        assertThat(answer.getDetailedCookie("riyaz_session").getMaxAge()).isZero();
        given().get(answer.getHeader("Location"))
                .then()
                .statusCode(200)
                .body(containsString("Your account and everything in it is gone."));
        snapshot(schema, asha).forEach((table, left) -> assertThat(left)
                .as("rows of the deleted person left in %s", table)
                .isEmpty());
        assertThat(snapshot(schema, ravi)).as("everyone else's rows").isEqualTo(raviBefore);

        given().auth().oauth2(asha.person().token()).get("/api/v1/me").then().statusCode(401);
        given().cookie("riyaz_session", session).get("/api/v1/me").then().statusCode(401);
        Response page = given().redirects()
                .follow(false)
                .cookie("riyaz_session", session)
                .get(SETTINGS);
        assertThat(page.getStatusCode()).isEqualTo(303);
        assertThat(page.getHeader("Location")).contains("/login");
        WebForms.visitor().logIn(asha.person().email(), People.PASSWORD).then().statusCode(401);
        given().auth().oauth2(ravi.person().token()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aWrongPasswordOrNoTickDeletesNothingAndSaysWhyNextToTheField() {
        Someone asha = withEverything("unsure");
        PersonRows schema = new PersonRows(rows);
        Map<String, List<String>> before = snapshot(schema, asha);

        asha.browser()
                .post(SETTINGS, DELETE, Map.of("password", "not my password at all", "confirmed", "on"))
                .then()
                .statusCode(422)
                .body(containsString("id=\"delete-password\" name=\"password\""))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"delete-password-error\""))
                .body(containsString(
                        "<p class=\"error\" id=\"delete-password-error\">That is not your password. Type the one you"
                                + " log in with.</p>"))
                .body(containsString("<details class=\"danger-zone\" open>"));
        asha.browser()
                .post(SETTINGS, DELETE, Map.of("password", People.PASSWORD))
                .then()
                .statusCode(422)
                .body(containsString("id=\"delete-confirmed-error\">Tick the box to say you want everything deleted."));

        Map<String, List<String>> after = snapshot(schema, asha);
        assertThat(after.remove("login_failure"))
                .as("the wrong guess is counted")
                .hasSize(before.remove("login_failure").size() + 1);
        assertThat(after).as("the person's rows").isEqualTo(before);
        given().auth().oauth2(asha.person().token()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void withoutTheCsrfTokenNothingIsDeleted() {
        Someone asha = withEverything("forged");
        PersonRows schema = new PersonRows(rows);
        Map<String, List<String>> before = snapshot(schema, asha);

        given().redirects()
                .follow(false)
                .cookie("riyaz_session", asha.browser().session)
                .contentType("application/x-www-form-urlencoded")
                .formParam("password", People.PASSWORD)
                .formParam("confirmed", "on")
                .post(DELETE)
                .then()
                .statusCode(403);

        assertThat(snapshot(schema, asha)).isEqualTo(before);
    }

    @Test
    void passwordGuessesAreThrottledLikeLogIns() {
        WebForms.Visitor asha = WebForms.signedUp("guessed" + System.nanoTime() + "@example.com");
        long id = asha.userId();
        for (int i = 0; i < 10; i++) {
            asha.post(SETTINGS, DELETE, Map.of("password", "guess number " + i, "confirmed", "on"))
                    .then()
                    .statusCode(422);
        }
        Response answer = asha.post(SETTINGS, DELETE, Map.of("password", People.PASSWORD, "confirmed", "on"));
        answer.then().statusCode(429).body(containsString("Too many failed log-ins."));
        assertThat(answer.getHeader("Retry-After")).isNotBlank();
        assertThat(rows.count("app_user", "id = ?", id)).isEqualTo(1);
    }

    @Test
    void scriptsDeleteTheAccountThroughTheApiWithThePassword() {
        People.Person asha = People.signUp();
        Goals.check(asha, "Katas");
        asha.api()
                .body(Map.of("password", "wrong password here"))
                .delete("/api/v1/me")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        asha.api()
                .body(Map.of("password", People.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        asha.api().get("/api/v1/me").then().statusCode(401);
        assertThat(rows.count("goal", "owner_id = ?", asha.id())).isZero();
    }

    private static Map<String, List<String>> snapshot(PersonRows schema, Someone someone) {
        return schema.snapshot(someone.person().id(), someone.person().email());
    }

    /**
     * Someone signed up through the pages with goals, practice (one entry sent with an Idempotency-Key, one naming a
     * link), a link with progress, kept stats, a reminder, a shared goal, a calendar link, an import file, a device for
     * push, a circle with an invite link and a goal shared with it, kept and waiting mail, a token and a failed log-in.
     */
    private Someone withEverything(String prefix) {
        String email = prefix + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person person = new People.Person(browser.userId(), email, People.tokenFor(email));
        long python = Goals.measured(person);
        long katas = Goals.check(person, "Katas");
        long link = Json.doc(person.api()
                        .body(Map.of(
                                "url",
                                "https://docs.python.org/3/tutorial/",
                                "length",
                                16,
                                "progress",
                                3,
                                "goalIds",
                                List.of(python, katas)))
                        .post("/api/v1/resources")
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");
        person.api()
                .header("Idempotency-Key", "entry-" + System.nanoTime())
                .body(Map.of("amount", 20, "resourceId", link))
                .post("/api/v1/goals/{id}/entries", python)
                .then()
                .statusCode(201);
        Goals.log(person, katas, Map.of());
        person.api().get("/api/v1/goals/{id}/stats", python).then().statusCode(200);
        Reminders.addAt(person, python, "07:30");
        browser.post("/goals/" + katas + "/share", "/goals/" + katas + "/share", Map.of())
                .then()
                .statusCode(303);
        browser.post(SETTINGS, "/settings/calendar", Map.of()).then().statusCode(200);
        LoopExport loop = new LoopExport();
        loop.habit("Katas").mark("2026-03-01", "YES_MANUAL");
        assertThat(browser.postFile("/settings/import", "/settings/import", "file", "loop.zip", loop.zip())
                        .getStatusCode())
                .isEqualTo(303);
        PushDevices.add(person, "Phone", prefix);
        long circle = Json.longAt(
                person.api()
                        .body(Map.of("name", "Study group " + prefix))
                        .post("/api/v1/circles")
                        .then()
                        .statusCode(201),
                "id");
        person.api()
                .body(Map.of())
                .post("/api/v1/circles/{id}/invites", circle)
                .then()
                .statusCode(201);
        person.api()
                .body(Map.of("goalIds", List.of(katas)))
                .put("/api/v1/circles/{id}/shares", circle)
                .then()
                .statusCode(200);
        queueMail(person, 1, "held");
        queueMail(person, 2, "pending");
        WebForms.visitor().logIn(email, "not the password").then().statusCode(401);
        return new Someone(browser, person);
    }

    /** A mail row of the outbox; its id is negative, out of the way of the ids the application hands out. */
    private void queueMail(People.Person person, int number, String status) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = -(person.id() * 10 + number);
        rows.execute(
                "insert into outbox_mail (id, owner_id, dedupe_key, kind, to_address, subject, text_body, html_body,"
                        + " status, attempts, next_attempt_at, created_at) values (?, ?, ?, 'digest', ?, 'Today',"
                        + " 'Hello', '<p>Hello</p>', ?, 0, ?, ?)",
                id,
                person.id(),
                "test-" + person.id() + "-" + status,
                person.email(),
                status,
                now,
                now);
    }
}
