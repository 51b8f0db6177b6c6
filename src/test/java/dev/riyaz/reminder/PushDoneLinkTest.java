package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.mail.LinkTokens.Claim;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static dev.riyaz.reminder.ReminderFixtures.MONDAY_0759;
import static dev.riyaz.reminder.ReminderFixtures.katas;
import static dev.riyaz.reminder.ReminderFixtures.pythonMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A push reminder's Done button, {@code POST /p/log/{token}}, as the service worker sends it: no session, no form
 * token, no body. It logs the goal's practice for the link's day once, however often it is pressed, and nothing for a
 * link that is not a valid "log it" link. Monday 4 January 2027.
 */
@QuarkusTest
class PushDoneLinkTest {

    @Inject
    LinkTokens tokens;

    @Inject
    Rows rows;

    @BeforeEach
    void start() {
        MutableClock.installAt(MONDAY_0759);
    }

    @Test
    void doneLogsTheGoalOnceHoweverOftenItIsPressed() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        String link = MailRoutes.pushLog(tokens.sign(new Claim(Action.log, person.id(), goal, "2027-01-03")));

        press(link).then().statusCode(201).body("logged", equalTo(true));
        press(link).then().statusCode(200).body("logged", equalTo(true)).body("already", equalTo(true));

        assertThat(rows.list("select entry_date, status, source from practice_entry where goal_id = ?1", goal))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("entry_date").toString()).isEqualTo("2027-01-03");
                    assertThat(entry.get("status")).isEqualTo("done");
                    assertThat(entry.get("source")).isEqualTo("push");
                });
    }

    @Test
    void aMeasuredGoalGetsWhatIsLeftThatDayAsTheMailsLogPageWouldSuggest() {
        Person person = People.signUp("UTC");
        long goal = pythonMinutes(person, "2027-01-01");
        Goals.log(person, goal, Map.of("date", "2027-01-04", "amount", 12));
        String token = tokens.sign(new Claim(Action.log, person.id(), goal, "2027-01-04"));

        press(MailRoutes.pushLog(token)).then().statusCode(201);
        // The mail's "log it" link of the same day is the same link: it does not log a second time.
        WebForms.visitor()
                .post(MailRoutes.log(token), MailRoutes.log(token), Map.of("amount", "18"))
                .then()
                .statusCode(200)
                .body(containsString("already"));
        press(MailRoutes.pushLog(token)).then().statusCode(200).body("already", equalTo(true));

        assertThat(rows.list("select amount from practice_entry where goal_id = ?1 order by id", goal))
                .extracting(entry -> new BigDecimal(entry.get("amount").toString()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12"), new BigDecimal("18"));
    }

    @Test
    void aForgedLinkOrALinkForAnythingElseIsNotFoundAndLogsNothing() {
        Person person = People.signUp("UTC");
        Person other = People.signUp("UTC");
        long goal = katas(person);
        long othersGoal = katas(other);
        String good = tokens.sign(new Claim(Action.log, person.id(), goal, "2027-01-04"));
        String forged = good.substring(0, good.length() - 2) + (good.endsWith("A") ? "BB" : "AA");

        for (String token : new String[] {
            forged,
            "nonsense",
            tokens.sign(new Claim(Action.unsubscribe, person.id(), goal, "")),
            tokens.sign(new Claim(Action.snooze, person.id(), goal, "2027-01-04")),
            tokens.sign(new Claim(Action.log, person.id(), othersGoal, "2027-01-04")),
            tokens.sign(new Claim(Action.log, person.id(), goal, "not a day"))
        }) {
            press(MailRoutes.pushLog(token))
                    .then()
                    .statusCode(404)
                    .contentType(containsString("application/problem+json"))
                    .body(
                            "detail",
                            equalTo("This Done button does not work any more. Open Riyaz to log your practice."));
        }
        assertThat(rows.count("practice_entry", "goal_id in (?1, ?2)", goal, othersGoal))
                .isZero();
    }

    @Test
    void aDayThatHasNotComeYetIsAClear422() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        String link = MailRoutes.pushLog(tokens.sign(new Claim(Action.log, person.id(), goal, "2027-01-05")));

        press(link)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("a day that has not come yet"));
        assertThat(rows.count("practice_entry", "goal_id = ?1", goal)).isZero();
    }

    @Test
    void openingTheLinkChangesNothing() {
        Person person = People.signUp("UTC");
        long goal = katas(person);
        String link = MailRoutes.pushLog(tokens.sign(new Claim(Action.log, person.id(), goal, "2027-01-04")));

        int status = RestAssured.given().redirects().follow(false).get(link).statusCode();
        assertThat(status).isBetween(400, 499);
        assertThat(rows.count("practice_entry", "goal_id = ?1", goal)).isZero();
    }

    @Test
    void onlyThisPathGoesWithoutTheFormTokenEvenForASignedInBrowser() {
        WebForms.Visitor asha = WebForms.signedUp("pushdone" + System.nanoTime() + "@example.com");
        long goal = Goals.create(People.signUp("UTC"), Map.of("title", "Not hers"));
        asha.get("/settings");
        String token = tokens.sign(new Claim(Action.log, asha.userId(), goal, "2027-01-04"));

        // A signed-in browser posting elsewhere under /p/ without the token is refused by the CSRF guard (a body that
        // is no form, so the guard decides before any route is looked for).
        for (String path : new String[] {"/p/other/" + token, "/p/log/" + token + "/more", "/p/log", "/p/" + token}) {
            RestAssured.given()
                    .cookie("riyaz_session", asha.session)
                    .cookie("csrf-token", asha.csrf())
                    .contentType("text/plain")
                    .body("done")
                    .post(path)
                    .then()
                    .statusCode(403)
                    .body(containsString("This request was refused"));
        }
        // The Done link itself needs no token, also with cookies: here it is another person's goal, so 404.
        RestAssured.given()
                .cookie("riyaz_session", asha.session)
                .post(MailRoutes.pushLog(token))
                .then()
                .statusCode(404);
    }

    /** As the service worker sends it: a POST with no cookies and no body. */
    private static Response press(String link) {
        return RestAssured.given().redirects().follow(false).post(link);
    }
}
