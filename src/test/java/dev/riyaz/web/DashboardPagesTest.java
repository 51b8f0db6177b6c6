package dev.riyaz.web;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's cards say how the week is going, on a fixed clock (Sat 14 Mar 2026, weeks from Monday). */
@QuarkusTest
class DashboardPagesTest {

    private static WebForms.Visitor withWeeklyGoal() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("dash" + System.nanoTime() + "@example.com");
        asha.post(
                "/goals/new",
                "/goals",
                Map.of(
                        "title",
                        "Docs",
                        "kind",
                        "check",
                        "scheduleType",
                        "weekly",
                        "times",
                        "3",
                        "startDate",
                        "2026-03-01"));
        return asha;
    }

    private static long goalId(WebForms.Visitor visitor) {
        return Json.doc(io.restassured.RestAssured.given()
                        .cookie("riyaz_session", visitor.session)
                        .get("/api/v1/goals")
                        .then()
                        .extract())
                .getLong("[0].id");
    }

    @Test
    void weeklyGoalSaysHowManyDaysAreLeftThisWeek() {
        WebForms.Visitor asha = withWeeklyGoal();
        long goal = goalId(asha);
        asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", "2026-03-10"));
        String page = asha.get("/").asString();
        assertThat(page)
                .as("one status line: the week in progress, not said twice")
                .contains("1 of 3 days this week")
                .doesNotContain("This week: 1 of 3 days")
                .doesNotContain("2 more days this week")
                .doesNotContain("No streak");
    }

    @Test
    void aWeeklyRunInProgressSaysWhatKeepsItGoing() {
        WebForms.Visitor asha = withWeeklyGoal();
        long goal = goalId(asha);
        for (String day : new String[] {"2026-03-02", "2026-03-03", "2026-03-04"}) {
            asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", day));
        }
        // The week of 2 Mar was met; this week has one day so far.
        asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", "2026-03-13"));
        String card = card(asha.get("/").asString());
        assertThat(card)
                .contains("1 of 3 days this week")
                .contains("2 more days keep your 1-week run going")
                .doesNotContain("No streak")
                .doesNotContain("Strength");
    }

    @Test
    void aDailyGoalWhoseRunEndedNamesTheLastRunAndExplainsStrength() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("dash" + System.nanoTime() + "@example.com");
        asha.post(
                "/goals/new",
                "/goals",
                Map.of("title", "Scales", "kind", "check", "scheduleType", "daily", "startDate", "2026-03-01"));
        long goal = goalId(asha);
        for (String day : new String[] {"2026-03-05", "2026-03-06", "2026-03-07"}) {
            asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", day));
        }
        String card = card(asha.get("/").asString());
        assertThat(card)
                .containsPattern("Habit strength [0-9]+% · last run 3 days, ended Sat 7 Mar")
                .contains("href=\"/help/strength\"")
                .doesNotContain("No streak");
    }

    private static String card(String page) {
        int start = page.indexOf("<li class=\"goal-card\"");
        return page.substring(start, page.indexOf("</li>", start));
    }

    @Test
    void recentPracticeShowsTheTenNewestNewestFirst() {
        WebForms.Visitor asha = withWeeklyGoal();
        long goal = goalId(asha);
        for (int day = 3; day <= 14; day++) {
            asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", String.format("2026-03-%02d", day)));
        }
        String page = asha.get("/").asString();
        String recent = page.substring(page.indexOf("id=\"recent-title\""));
        assertThat(recent).contains("Today").contains("Yesterday").contains("Thu 5 Mar");
        assertThat(recent).doesNotContain("Wed 4 Mar").doesNotContain("Tue 3 Mar");
        assertThat(recent.indexOf("Today")).isLessThan(recent.indexOf("Thu 5 Mar"));
    }

    @Test
    void weeklyGoalMetSaysSoAndKeepsAStreakInWeeks() {
        WebForms.Visitor asha = withWeeklyGoal();
        long goal = goalId(asha);
        for (String day :
                new String[] {"2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10", "2026-03-11"}) {
            asha.post("/", "/practice", Map.of("goalId", "" + goal, "date", day));
        }
        String page = asha.get("/").asString();
        assertThat(card(page)).contains("Done for this week: 2 weeks in a row").doesNotContain("Strength");
    }
}
