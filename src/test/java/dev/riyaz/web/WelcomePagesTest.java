package dev.riyaz.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The welcome of a new account: pick goals, a reminder and free places to learn on one page, or skip it. */
@QuarkusTest
class WelcomePagesTest {

    private static final Instant NOW = Instant.parse("2027-01-04T06:00:00Z");
    private static final List<String> ALL_LINKS =
            List.of("python_tutorial", "exercism", "cs50", "freecodecamp", "mdn", "euler");

    @Inject
    Rows rows;

    @Inject
    WelcomeService welcome;

    private String email;
    private WebForms.Visitor asha;

    @BeforeEach
    void signUp() {
        MutableClock.installAt(NOW);
        email = "welcome" + System.nanoTime() + "@example.com";
        asha = WebForms.signedUp(email);
    }

    private Response submit(Map<String, ?> fields) {
        return asha.post("/welcome", "/welcome", fields);
    }

    private static Map<String, Object> form(List<String> goals, List<String> links) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("goals", goals);
        fields.put("links", links);
        fields.put("reminderTime", "18:00");
        fields.put("remind", "on");
        return fields;
    }

    private JsonDoc api(String path) {
        return Json.doc(given().auth()
                .oauth2(People.tokenFor(email))
                .get(path)
                .then()
                .statusCode(200)
                .extract());
    }

    private void assertNothingCreated() {
        assertThat(api("/api/v1/goals").getList("$")).isEmpty();
        assertThat(api("/api/v1/resources").getList("$")).isEmpty();
    }

    @Test
    void signUpOpensTheWelcomeWithFriendlyDefaults() {
        Map<String, String> ravi =
                Map.of("email", "new" + email, "displayName", "Ravi", "password", People.PASSWORD, "timeZone", "UTC");
        Response answer = WebForms.visitor().post("/signup", "/signup", ravi);
        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/welcome");

        String page = asha.get("/welcome").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("Welcome, Asha!")
                .contains("<legend><span class=\"setup-number\" aria-hidden=\"true\">1</span> Pick one to three goals")
                .contains("30 minutes of Python, 5 days a week")
                .contains("value=\"18:00\"")
                .contains("Riyaz is not connected to a mail server yet")
                .contains("Exercism Python track")
                .contains("exercism.org");
        assertThat(page.split("name=\"links\" value=\"[a-z_0-9]+\" checked", -1))
                .hasSize(7);
        assertThat(page).doesNotContain("name=\"goals\" value=\"python\" checked");
    }

    @Test
    void finishingCreatesThePickedGoalsWithRemindersAndLinks() {
        Map<String, Object> fields = form(
                List.of("python", "problem"), List.of("python_tutorial", "exercism", "cs50", "freecodecamp", "euler"));
        fields.put("reminderTime", "07:45");
        Response answer = submit(fields);
        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/?notice=setup_done");

        JsonDoc goals = api("/api/v1/goals");
        assertThat(goals.getList("title")).containsExactly("Python", "One coding problem");
        assertThat(goals.getString("[0].kind")).isEqualTo("measured");
        assertThat(goals.getString("[0].unit")).isEqualTo("minutes");
        assertThat(goals.getInt("[0].dailyTarget")).isEqualTo(30);
        assertThat(goals.getMap("[0].schedule")).isEqualTo(Map.of("type", "weekly", "times", 5));
        assertThat(goals.getString("[1].kind")).isEqualTo("check");
        assertThat(goals.getMap("[1].schedule")).isEqualTo(Map.of("type", "daily"));
        long python = goals.getLong("[0].id");
        long problem = goals.getLong("[1].id");
        for (long goal : new long[] {python, problem}) {
            JsonDoc reminders = api("/api/v1/goals/" + goal + "/reminders");
            assertThat(reminders.getList("time")).containsExactly("07:45");
            assertThat(reminders.getList("[0].days")).hasSize(7);
            assertThat(reminders.getBoolean("[0].onlyIfNotDone")).isTrue();
            assertThat(reminders.getBoolean("[0].enabled")).isTrue();
        }

        JsonDoc links = api("/api/v1/resources?sort=title");
        assertThat(links.getList("url"))
                .containsExactlyInAnyOrder(
                        "https://docs.python.org/3/tutorial/",
                        "https://exercism.org/tracks/python",
                        "https://cs50.harvard.edu/python/",
                        "https://www.freecodecamp.org/learn/",
                        "https://projecteuler.net/")
                .doesNotContain("https://developer.mozilla.org/en-US/docs/Learn_web_development");
        assertThat(goalsOf(links, "Exercism Python track")).containsExactly(python, problem);
        assertThat(goalsOf(links, "The Python Tutorial")).containsExactly(python);
        assertThat(goalsOf(links, "CS50's Introduction to Programming with Python"))
                .containsExactly(python);
        assertThat(goalsOf(links, "freeCodeCamp")).containsExactly(python);
        assertThat(goalsOf(links, "Project Euler")).containsExactly(problem);
        assertThat(links.getList("status")).containsOnly("active");

        String today = asha.get("/?notice=setup_done").asString();
        assertThat(today)
                .contains("You&#39;re set. Here is today.")
                .contains("goal-" + python)
                .contains("goal-" + problem)
                .doesNotContain("href=\"/welcome\"");
        assertThat(asha.get("/welcome").getHeader("Location")).endsWith("/");
    }

    private static List<Long> goalsOf(JsonDoc links, String title) {
        return links.getList("find { it.title == '" + title.replace("'", "\\'") + "' }.goalIds", Long.class);
    }

    @Test
    void anOwnGoalGetsNoLinksAndNoReminderWhenTheBoxIsUnticked() {
        Map<String, Object> fields = form(List.of("docs", "own"), ALL_LINKS);
        fields.put("ownTitle", "  SQL basics ");
        fields.remove("remind");
        assertThat(submit(fields).getStatusCode()).isEqualTo(303);

        JsonDoc goals = api("/api/v1/goals");
        assertThat(goals.getList("title")).containsExactly("Read the docs", "SQL basics");
        long docs = goals.getLong("[0].id");
        long own = goals.getLong("[1].id");
        assertThat(goals.getMap("[0].schedule")).isEqualTo(Map.of("type", "weekly", "times", 3));
        assertThat(goals.getMap("[1].schedule")).isEqualTo(Map.of("type", "daily"));
        assertThat(api("/api/v1/goals/" + docs + "/reminders").getList("$")).isEmpty();
        assertThat(api("/api/v1/goals/" + own + "/reminders").getList("$")).isEmpty();

        JsonDoc links = api("/api/v1/resources");
        assertThat(links.getList("$")).hasSize(6);
        assertThat(goalsOf(links, "MDN Learn web development")).containsExactly(docs);
        assertThat(goalsOf(links, "The Python Tutorial")).containsExactly(docs);
        assertThat(goalsOf(links, "CS50's Introduction to Programming with Python"))
                .isEmpty();
        assertThat(links.getString("find { it.title == 'Project Euler' }.status"))
                .isEqualTo("todo");
        assertThat(api("/api/v1/resources?goalId=" + own).getList("$")).isEmpty();
    }

    @Test
    void noGoalIsRefusedKeepingWhatWasChosen() {
        Map<String, Object> fields = form(List.of(), List.of("exercism", "euler"));
        fields.put("reminderTime", "06:15");
        Response answer = submit(fields);

        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("<p class=\"error\" id=\"goals-error\">Pick at least one goal to start with.")
                .contains("aria-describedby=\"goals-hint goals-error\"")
                .contains("value=\"06:15\"")
                .contains("name=\"links\" value=\"exercism\" checked")
                .doesNotContain("name=\"links\" value=\"mdn\" checked");
        assertNothingCreated();
        assertThat(asha.get("/welcome").getStatusCode()).isEqualTo(200);
    }

    @Test
    void fourGoalsAreRefusedAndNothingIsCreated() {
        Map<String, Object> fields = form(List.of("python", "problem", "docs"), ALL_LINKS);
        fields.put("ownTitle", "SQL basics");
        Response answer = submit(fields);

        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("id=\"goals-error\">Pick at most three goals for now.")
                .contains("value=\"SQL basics\"")
                .contains("name=\"goals\" value=\"own\" checked")
                .contains("name=\"goals\" value=\"docs\" checked");
        assertNothingCreated();
    }

    @Test
    void everyProblemIsShownNextToItsField() {
        Map<String, Object> fields = form(List.of("own"), ALL_LINKS);
        fields.put("ownTitle", " ");
        fields.put("reminderTime", "7 in the evening");
        Response answer = submit(fields);

        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Some answers need fixing.")
                .contains("id=\"ownTitle-error\">Give your own goal a name")
                .contains("id=\"reminderTime-error\">Pick a time like 18:00, or untick the reminder.")
                .contains("value=\"7 in the evening\"");
        assertNothingCreated();
    }

    @Test
    void skippingCreatesNothingAndTheWelcomeIsNotOfferedAgain() {
        assertThat(asha.get("/").asString()).contains("<a class=\"button\" href=\"/welcome\">Set up in a minute</a>");

        Response skipped = asha.post("/welcome", "/welcome/skip", form(List.of("python"), ALL_LINKS));
        assertThat(skipped.getStatusCode()).isEqualTo(303);
        assertThat(skipped.getHeader("Location")).endsWith("/?notice=setup_skipped");

        assertNothingCreated();
        assertThat(asha.get("/welcome").getHeader("Location")).endsWith("/");
        String today = asha.get("/").asString();
        assertThat(today).doesNotContain("href=\"/welcome\"").contains("href=\"/goals/new\">Create your first goal");
        Object welcomed = rows.one("select welcomed_at from app_user where email = ?", email)
                .get("welcomed_at");
        assertThat(((OffsetDateTime) welcomed).toInstant()).isEqualTo(NOW);
    }

    @Test
    void aSecondSubmitCreatesNothingMore() {
        Map<String, Object> fields = form(List.of("problem"), List.of("euler"));
        assertThat(submit(fields).getStatusCode()).isEqualTo(303);
        Response again = asha.post("/", "/welcome", fields);
        assertThat(again.getStatusCode()).isEqualTo(303);
        assertThat(again.getHeader("Location")).endsWith("/");
        assertThat(api("/api/v1/goals").getList("title")).containsExactly("One coding problem");
        assertThat(api("/api/v1/resources").getList("$")).hasSize(1);
    }

    @Test
    void aProblemHalfwayLeavesNothingBehind() {
        AuthenticatedUser user =
                new AuthenticatedUser(asha.userId(), email, "Asha", "Asia/Kolkata", 0, DayOfWeek.MONDAY, null);
        // The form checks the time first; here the reminder of the first goal fails after that goal was made.
        WelcomeService.Choices choices = new WelcomeService.Choices(StarterKit.GOALS, null, "25:00", StarterKit.LINKS);
        assertThatThrownBy(() -> welcome.finish(user, choices)).isInstanceOf(ApiException.class);

        assertNothingCreated();
        assertThat(asha.get("/welcome").getStatusCode()).isEqualTo(200);
    }

    @Test
    void anOwnGoalWithMarkupIsShownAsText() {
        String title = "<script>alert('hi')</script>";
        Map<String, Object> fields = form(List.of("python", "problem", "own"), List.of());
        fields.put("ownTitle", title);
        fields.put("goals", List.of("python", "problem", "docs", "own"));
        String refused = submit(fields).asString();
        assertThat(refused).doesNotContain(title).contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;");

        fields.put("goals", List.of("own"));
        assertThat(submit(fields).getStatusCode()).isEqualTo(303);
        String today = asha.get("/").asString();
        assertThat(today).doesNotContain(title).contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;");
        assertThat(api("/api/v1/goals").getList("title")).containsExactly(title);
    }

    @Test
    void accountsMadeThroughTheApiAreOfferedTheWelcomeToo() {
        People.Person ravi = People.signUp();
        WebForms.Visitor browser = WebForms.visitor();
        browser.logIn(ravi.email(), People.PASSWORD);
        assertThat(browser.get("/welcome").getStatusCode()).isEqualTo(200);
    }
}
