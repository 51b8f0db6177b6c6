package dev.riyaz.githook;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings offers a git hook per goal; the hook page shows it, says how to install it, and keeps goals private. */
@QuarkusTest
class GitHookPagesTest {

    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea id=\"hook-script\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    private record Learner(WebForms.Visitor browser, People.Person person) {}

    @Test
    void settingsOffersTheHookForGoalsThatAreNotArchived() {
        Learner asha = learner();
        long docs = Goals.measured(asha.person());
        long kata = Goals.check(asha.person(), "Kata");
        long old = Goals.check(asha.person(), "Old goal");
        asha.person().api().body(Map.of("archived", true)).patch("/api/v1/goals/{id}", old);
        long others = Goals.check(learner().person(), "Someone else's");

        String settings = asha.browser().get("/settings").asString();

        int git = settings.indexOf("<section class=\"card\" aria-labelledby=\"git-title\">");
        assertThat(git).isPositive().isLessThan(settings.indexOf("<section class=\"card\" id=\"tokens\""));
        String card = settings.substring(git, settings.indexOf("id=\"tokens\""));
        assertThat(card)
                .contains("<h2 id=\"git-title\">Log practice from git</h2>")
                .contains("<form method=\"get\" action=\"/settings/git-hook\"")
                .contains("<label for=\"git-goal\">Goal to log</label>")
                .contains("<option value=\"" + docs + "\" >Read docs (minutes)</option>")
                .contains("<option value=\"" + kata + "\" >Kata (done or not)</option>")
                .contains("value=\"10\"")
                .contains("Show my hook")
                .doesNotContain("Old goal", "value=\"" + old + "\"", "Someone else", "value=\"" + others + "\"");
    }

    @Test
    void withoutGoalsSettingsSaysToMakeOneFirst() {
        String settings = learner().browser().get("/settings").asString();

        assertThat(settings)
                .contains("Make a goal first, then come back here for its hook.")
                .doesNotContain("action=\"/settings/git-hook\"");
    }

    @Test
    void hookPageShowsTheScriptTheDownloadAndTheSteps() {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());
        String query = "goalId=" + goal + "&amount=20";

        Response page = asha.browser().get("/settings/git-hook?" + query);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html)
                .contains("<label for=\"hook-script\">Script for .git/hooks/post-commit</label>")
                .contains("Each new commit logs 20 minutes for &quot;Read docs&quot;")
                .contains("href=\"/settings/git-hook/post-commit?goalId=" + goal + "&amp;amount=20\"")
                .contains("<code>chmod +x <span class=\"nobreak\">.git/hooks/post-commit</span></code>")
                .contains("<code>git config riyaz.token YOUR_KEY</code>")
                .contains("<a href=\"/settings#tokens\">Create one under Settings, Keys for scripts</a>")
                .contains("RIYAZ_TOKEN")
                .contains("It sends practice to https://riyaz.example")
                .contains("<option value=\"" + goal + "\" selected>");
        Matcher textarea = TEXTAREA.matcher(html);
        assertThat(textarea.find()).isTrue();
        String download =
                asha.browser().get("/settings/git-hook/post-commit?" + query).asString();
        assertThat(unescape(textarea.group(1)))
                .as("the box holds exactly the file the download gives")
                .isEqualTo(download)
                .contains("riyaz_amount=20\n");
    }

    @Test
    void anotherPersonsGoalIsNotFound() {
        long others = Goals.measured(learner().person());
        WebForms.Visitor asha = learner().browser();

        assertThat(asha.get("/settings/git-hook?goalId=" + others).statusCode()).isEqualTo(404);
        assertThat(asha.get("/settings/git-hook/post-commit?goalId=" + others).statusCode())
                .isEqualTo(404);
        assertThat(asha.get("/settings/git-hook/post-commit?goalId=" + others).asString())
                .doesNotContain("riyaz_goal_id");
    }

    @Test
    void anAmountThatCannotBeLoggedShowsTheFormAgainWithTheReason() {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());

        assertRefused(asha, "goalId=" + goal + "&amount=lots", "Use a number, like 20.", "value=\"lots\"");
        assertRefused(asha, "goalId=" + goal + "&amount=0", "Say how many minutes a commit counts for", "value=\"0\"");
        assertRefused(asha, "goalId=" + goal + "&amount=1.005", "Use at most two decimal places.", "value=\"1.005\"");
        assertRefused(asha, "goalId=" + goal + "&amount=100001", "Use at most 100000.", "value=\"100001\"");
        assertRefused(asha, "goalId=first", "Pick one of your goals.", "id=\"git-goal-error\"");
        assertThat(asha.browser()
                        .get("/settings/git-hook/post-commit?goalId=" + goal + "&amount=-5")
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void aDoneOrNotGoalIgnoresTheAmount() {
        Learner asha = learner();
        long goal = Goals.check(asha.person(), "Kata");

        Response page = asha.browser().get("/settings/git-hook?goalId=" + goal + "&amount=lots");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("Each new commit marks &quot;Kata&quot; as done")
                .contains("href=\"/settings/git-hook/post-commit?goalId=" + goal + "\"");
    }

    @Test
    void withoutAGoalThePageShowsOnlyTheChoice() {
        Learner asha = learner();
        Goals.measured(asha.person());

        String html = asha.browser().get("/settings/git-hook").asString();

        assertThat(html).contains("Choose a goal", "Show my hook").doesNotContain("<textarea");
    }

    @Test
    void signedOutVisitorsAreSentToLogIn() {
        Response page = given().redirects().follow(false).get("/settings/git-hook?goalId=1");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).contains("/login?next=");
        Response download = given().redirects().follow(false).get("/settings/git-hook/post-commit?goalId=1");
        assertThat(download.statusCode()).isEqualTo(303);
    }

    private static void assertRefused(Learner learner, String query, String reason, String kept) {
        Response page = learner.browser().get("/settings/git-hook?" + query);
        assertThat(page.statusCode()).as(query).isEqualTo(422);
        assertThat(page.asString())
                .as(query)
                .contains("class=\"error\"", reason, kept, "aria-invalid=\"true\"")
                .doesNotContain("<textarea");
    }

    private static Learner learner() {
        String email = "hookpage" + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        return new Learner(browser, new People.Person(browser.userId(), email, People.tokenFor(email)));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
