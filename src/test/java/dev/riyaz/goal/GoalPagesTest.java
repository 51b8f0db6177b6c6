package dev.riyaz.goal;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class GoalPagesTest {

    @Inject
    Rows rows;

    private static WebForms.Visitor someone() {
        return WebForms.signedUp("goals" + System.nanoTime() + "@example.com");
    }

    private static Map<String, String> python() {
        Map<String, String> form = new HashMap<>();
        form.put("title", "Python");
        form.put("kind", "measured");
        form.put("dailyTarget", "30");
        form.put("unit", "minutes");
        form.put("scheduleType", "weekly");
        form.put("times", "5");
        form.put("startDate", "2026-01-05");
        form.put("color", "#3867d6");
        form.put("tags", "python, basics");
        return form;
    }

    private long goalId(WebForms.Visitor visitor, String title) {
        return ((Number) rows.one("select id from goal where owner_id = ? and title = ?", visitor.userId(), title)
                        .get("id"))
                .longValue();
    }

    @Test
    void createdGoalShowsOnTodayAndInTheList() {
        WebForms.Visitor asha = someone();
        Response created = asha.post("/goals/new", "/goals", python());
        assertThat(created.getStatusCode()).isEqualTo(303);
        asha.get("/")
                .then()
                .body(containsString("Python"))
                .body(containsString("A fresh start: this week can be week one"))
                .body(containsString("value=\"30\""));
        asha.get("/goals")
                .then()
                .body(containsString("5 days a week"))
                .body(containsString("30 minutes a day"))
                .body(containsString("<span class=\"tag\">basics</span>"));
    }

    @Test
    void invalidGoalFormIsShownAgainWithMessagesAndInput() {
        WebForms.Visitor asha = someone();
        Map<String, String> form = python();
        form.put("title", "  ");
        form.put("times", "9");
        Response answer = asha.post("/goals/new", "/goals", form);
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Give your goal a name")
                .contains("Use a whole number from 1 to 7.")
                .contains("value=\"python, basics\"")
                .contains("value=\"9\"");
    }

    @Test
    void userTextIsEscapedOnEveryPage() {
        WebForms.Visitor asha = someone();
        Map<String, String> form = python();
        form.put("title", "<script>alert(1)</script>");
        form.put("description", "<img src=x onerror=alert(1)>");
        asha.post("/goals/new", "/goals", form);
        for (String page : new String[] {"/", "/goals"}) {
            asha.get(page)
                    .then()
                    .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                    .body(not(containsString("<script>alert(1)")))
                    .body(not(containsString("<img src=x")));
        }
    }

    @Test
    void editArchiveRestoreAndDeleteWithConfirmation() {
        WebForms.Visitor asha = someone();
        asha.post("/goals/new", "/goals", python());
        long id = goalId(asha, "Python");

        asha.get("/goals/" + id + "/edit").then().statusCode(200).body(containsString("value=\"Python\""));
        asha.get("/goals/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Planned days that counted"))
                .body(containsString("Practice logged"))
                .body(containsString("role=\"img\""));
        Map<String, String> changed = python();
        changed.put("title", "Python basics");
        changed.put("scheduleType", "weekdays");
        changed.remove("times");
        assertThat(asha.post("/goals/" + id + "/edit", "/goals/" + id, withDays(changed))
                        .getStatusCode())
                .isEqualTo(303);
        asha.get("/goals").then().body(containsString("Python basics")).body(containsString("Mon, Wed, Fri"));

        asha.post("/goals", "/goals/" + id + "/archive", Map.of("archived", "true"));
        assertThat(rows.one("select archived from goal where id = ?", id).get("archived"))
                .isEqualTo(true);
        asha.get("/").then().body(not(containsString("Python basics")));
        asha.post("/goals", "/goals/" + id + "/archive", Map.of("archived", "false"));

        asha.get("/goals/" + id + "/delete")
                .then()
                .statusCode(200)
                .body(containsString("This also deletes all practice logged for it."));
        assertThat(rows.count("goal", "id = ?", id)).isOne();
        asha.post("/goals/" + id + "/delete", "/goals/" + id + "/delete", Map.of());
        assertThat(rows.count("goal", "id = ?", id)).isZero();
    }

    @Test
    void goalsMoveUpAndDown() {
        WebForms.Visitor asha = someone();
        for (String title : new String[] {"First", "Second", "Third"}) {
            Map<String, String> form = python();
            form.put("title", title);
            asha.post("/goals/new", "/goals", form);
        }
        long third = goalId(asha, "Third");
        asha.post("/goals", "/goals/" + third + "/move", Map.of("direction", "up"));
        String page = asha.get("/goals").asString();
        assertThat(page.indexOf(">Third<")).isBetween(page.indexOf(">First<"), page.indexOf(">Second<"));
    }

    @Test
    void anotherPersonsGoalPagesAre404() {
        WebForms.Visitor asha = someone();
        asha.post("/goals/new", "/goals", python());
        long id = goalId(asha, "Python");
        WebForms.Visitor ravi = someone();
        ravi.get("/goals/" + id + "/edit").then().statusCode(404);
        ravi.get("/goals/" + id + "/delete").then().statusCode(404);
        assertThat(ravi.post("/goals", "/goals/" + id + "/delete", Map.of()).getStatusCode())
                .isEqualTo(404);
        assertThat(ravi.post("/goals", "/goals/" + id + "/archive", Map.of("archived", "true"))
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(rows.one("select archived from goal where id = ?", id).get("archived"))
                .isEqualTo(false);
    }

    private static Map<String, Object> withDays(Map<String, String> form) {
        Map<String, Object> copy = new HashMap<>(form);
        copy.put("days", java.util.List.of("MON", "WED", "FRI"));
        return copy;
    }

    @Test
    void aGoalMayHaveAnIconShownEscapedBeforeItsTitle() {
        WebForms.Visitor asha = someone();
        Map<String, String> form = python();
        form.put("icon", "Py");
        asha.post("/goals/new", "/goals", form);
        long id = goalId(asha, "Python");
        assertThat(rows.one("select icon from goal where id = ?", id).get("icon"))
                .isEqualTo("Py");
        asha.get("/goals/" + id)
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"goal-icon\" aria-hidden=\"true\">Py</span> Python</h1>"));
        asha.get("/goals/" + id + "/edit").then().body(containsString("value=\"Py\""));

        for (String icon : new String[] {"<b>JS", "SQL"}) {
            Map<String, String> edit = python();
            edit.put("icon", icon);
            assertThat(asha.post("/goals/" + id + "/edit", "/goals/" + id, edit).getStatusCode())
                    .as(icon)
                    .isEqualTo(303);
            assertThat(rows.one("select icon from goal where id = ?", id).get("icon"))
                    .isEqualTo(icon);
        }
        asha.get("/goals/" + id)
                .then()
                .body(containsString(">SQL</span> Python"))
                .body(not(containsString("<b>JS")));
        Map<String, String> markup = python();
        markup.put("icon", "<b>JS");
        asha.post("/goals/" + id + "/edit", "/goals/" + id, markup);
        asha.get("/goals/" + id).then().body(containsString("&lt;b&gt;JS")).body(not(containsString("<b>JS")));
    }

    @Test
    void anIconLongerThanOneEmojiOrEightCharactersIsRefusedAndNothingIsWritten() {
        WebForms.Visitor asha = someone();
        asha.post("/goals/new", "/goals", python());
        long id = goalId(asha, "Python");
        Map<String, String> form = python();
        form.put("title", "Python basics");
        form.put("icon", "NineChars");
        Response answer = asha.post("/goals/" + id + "/edit", "/goals/" + id, form);
        assertThat(answer.getStatusCode()).isEqualTo(422);
        assertThat(answer.asString())
                .contains("Use one emoji or at most 8 characters.")
                .contains("value=\"NineChars\"");
        form.put("icon", "a b");
        assertThat(asha.post("/goals/" + id + "/edit", "/goals/" + id, form).getStatusCode())
                .isEqualTo(422);
        assertThat(rows.one("select title, icon from goal where id = ?", id))
                .containsEntry("title", "Python")
                .containsEntry("icon", null);
    }

    @Test
    void theCheckGoalFormRendersTheAmountFieldsAsOnlyForAmountGoals() {
        WebForms.Visitor asha = someone();
        Map<String, String> form = python();
        form.put("kind", "check");
        form.remove("dailyTarget");
        form.remove("unit");
        asha.post("/goals/new", "/goals", form);
        long id = goalId(asha, "Python");
        String page = asha.get("/goals/" + id + "/edit").asString();
        assertThat(page)
                .contains("<option value=\"check\" selected>")
                .contains("<fieldset class=\"measured-part\" data-measured-part>")
                .contains("<legend>Daily amount</legend>");
    }

    @Test
    void theGoalPageStartsWithTodaysActionAndListsFivePracticesWithShowAll() {
        WebForms.Visitor asha = someone();
        Map<String, String> form = python();
        form.put("scheduleType", "daily");
        form.put("startDate", java.time.LocalDate.now().minusDays(40).toString());
        asha.post("/goals/new", "/goals", form);
        long id = goalId(asha, "Python");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("UTC"));
        for (int back = 1; back <= 7; back++) {
            Map<String, String> entry = new HashMap<>();
            entry.put("goalId", "" + id);
            entry.put("status", "done");
            entry.put("amount", "" + (60 + back));
            entry.put("date", today.minusDays(back + 2).toString());
            entry.put("from", "goal");
            asha.post("/goals/" + id, "/practice", entry);
        }
        String page = asha.get("/goals/" + id).asString();
        assertThat(page.indexOf("id=\"today-title\"")).isPositive().isLessThan(page.indexOf("id=\"numbers-title\""));
        assertThat(page.indexOf("name=\"from\" value=\"goal\"")).isLessThan(page.indexOf("id=\"numbers-title\""));
        assertThat(page).contains("Show all practice (7)").contains("7\u00A0h 28\u00A0min");
        assertThat(page.split("entry-actions").length - 1).isEqualTo(5);
        String all = asha.get("/goals/" + id + "?practice=all").asString();
        assertThat(all.split("entry-actions").length - 1).isEqualTo(7);
        assertThat(all).doesNotContain("Show all practice").contains("Show only the latest");
        asha.get("/goals/" + id + "?practice=all&page=-1").then().statusCode(422);
        asha.get("/goals/" + id + "?practice=all&page=99999999").then().statusCode(422);
    }
}
