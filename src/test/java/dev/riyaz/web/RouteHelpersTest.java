package dev.riyaz.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.account.AccountRoutes;
import dev.riyaz.account.SettingsRoutes;
import dev.riyaz.calendar.CalendarRoutes;
import dev.riyaz.githook.GitHookRoutes;
import dev.riyaz.goal.GoalRoutes;
import dev.riyaz.practice.PracticeRoutes;
import dev.riyaz.reminder.MailRoutes;
import dev.riyaz.reminder.ReminderRoutes;
import dev.riyaz.resource.LibraryRoutes;
import dev.riyaz.share.ShareRoutes;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.Routes;
import dev.riyaz.testing.WebForms;
import dev.riyaz.transfer.TransferRoutes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The addresses the {@code *Routes} helpers build are the ones the app serves. */
@QuarkusTest
class RouteHelpersTest {

    @Test
    void everyPageAddressBuiltHasARouteWithThatMethod() {
        Map<String, List<String>> built = Map.of(
                "GET",
                List.of(
                        AccountRoutes.signup(),
                        AccountRoutes.login(),
                        SettingsRoutes.settings(),
                        GoalRoutes.list(),
                        GoalRoutes.newGoal(),
                        GoalRoutes.goal(4),
                        GoalRoutes.day(4, LocalDate.of(2026, 3, 14)),
                        GoalRoutes.edit(4),
                        GoalRoutes.delete(4),
                        PracticeRoutes.edit(5),
                        LibraryRoutes.list(),
                        LibraryRoutes.newResource(),
                        LibraryRoutes.resource(6),
                        LibraryRoutes.edit(6),
                        LibraryRoutes.delete(6),
                        ReminderRoutes.reminders(4),
                        MailRoutes.settings(),
                        MailRoutes.unsubscribe("t0k-en_1"),
                        MailRoutes.unsubscribed("t0k-en_1"),
                        MailRoutes.log("t0k-en_1"),
                        MailRoutes.snooze("t0k-en_1"),
                        ShareRoutes.share(4),
                        ShareRoutes.publicPage("t0k-en_1"),
                        ShareRoutes.badge("t0k-en_1"),
                        GitHookRoutes.page(),
                        GitHookRoutes.script(),
                        TransferRoutes.imports(),
                        TransferRoutes.upload(8),
                        WebRoutes.home(),
                        WebRoutes.progress(),
                        WebRoutes.strengthHelp(),
                        WebRoutes.welcome()),
                "POST",
                List.of(
                        AccountRoutes.signup(),
                        AccountRoutes.login(),
                        AccountRoutes.logout(),
                        SettingsRoutes.profile(),
                        SettingsRoutes.password(),
                        SettingsRoutes.tokens(),
                        SettingsRoutes.revokeToken(3),
                        GoalRoutes.list(),
                        GoalRoutes.goal(4),
                        GoalRoutes.archive(4),
                        GoalRoutes.move(4),
                        GoalRoutes.delete(4),
                        PracticeRoutes.entry(5),
                        PracticeRoutes.delete(5),
                        LibraryRoutes.list(),
                        LibraryRoutes.resource(6),
                        LibraryRoutes.step(6),
                        LibraryRoutes.delete(6),
                        ReminderRoutes.reminders(4),
                        ReminderRoutes.toggle(4, 9),
                        ReminderRoutes.delete(4, 9),
                        MailRoutes.settings(),
                        MailRoutes.log("t0k-en_1"),
                        MailRoutes.snooze("t0k-en_1"),
                        ShareRoutes.share(4),
                        ShareRoutes.renew(4),
                        ShareRoutes.stop(4),
                        CalendarRoutes.settings(),
                        CalendarRoutes.off(),
                        TransferRoutes.imports(),
                        TransferRoutes.run(8),
                        TransferRoutes.cancel(8),
                        WebRoutes.practice(),
                        WebRoutes.welcome(),
                        WebRoutes.skipWelcome()));
        List<Routes.Route> pages = Routes.pages();
        built.forEach((method, paths) -> paths.forEach(
                path -> assertThat(pages).as("%s %s", method, path).anySatisfy(route -> {
                    assertThat(route.method()).isEqualTo(method);
                    assertThat(path).matches(pattern(route.path()));
                })));
    }

    @Test
    void everyApiAddressBuiltIsInTheApiDocument() {
        List<Routes.Route> api = Routes.api();
        for (String path : List.of(
                GoalRoutes.API_ROOT,
                GoalRoutes.apiGoal(4),
                LibraryRoutes.API_ROOT,
                LibraryRoutes.apiResource(6),
                TransferRoutes.export(),
                TransferRoutes.apiImport())) {
            assertThat(api).as(path).anySatisfy(route -> assertThat(path).matches(pattern(route.path())));
        }
    }

    @Test
    void linksBuiltForASignedInPersonOpen() {
        WebForms.Visitor asha = WebForms.signedUp("routes" + System.nanoTime() + "@example.com");
        asha.post(
                GoalRoutes.newGoal(),
                GoalRoutes.list(),
                Map.of("title", "Scales", "kind", "check", "scheduleType", "daily"));
        JsonDoc goals = Json.doc(given().cookie("riyaz_session", asha.session)
                .get(GoalRoutes.API_ROOT)
                .then()
                .statusCode(200)
                .extract());
        long goal = goals.getLong("[0].id");
        LocalDate start = LocalDate.parse(goals.getString("[0].startDate"));
        asha.post(WebRoutes.home(), WebRoutes.practice(), Map.of("goalId", "" + goal, "date", start.toString()));
        long entry = Json.doc(given().cookie("riyaz_session", asha.session)
                        .get("/api/v1/entries?goalId=" + goal)
                        .then()
                        .statusCode(200)
                        .extract())
                .getLong("items[0].id");

        for (String page : List.of(
                WebRoutes.home(),
                WebRoutes.progress(),
                WebRoutes.strengthHelp(),
                WebRoutes.welcome(),
                GoalRoutes.list(),
                GoalRoutes.newGoal(),
                GoalRoutes.goal(goal),
                GoalRoutes.day(goal, start),
                GoalRoutes.edit(goal),
                GoalRoutes.delete(goal),
                PracticeRoutes.edit(entry),
                ReminderRoutes.reminders(goal),
                ShareRoutes.share(goal),
                LibraryRoutes.list(),
                LibraryRoutes.newResource(),
                SettingsRoutes.settings(),
                MailRoutes.settings(),
                GitHookRoutes.page(),
                TransferRoutes.imports(),
                TransferRoutes.export())) {
            assertThat(asha.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void signUpAndLogInOpenForSomeoneSignedOut() {
        for (String page : List.of(AccountRoutes.signup(), AccountRoutes.login(), WebRoutes.home())) {
            assertThat(WebForms.visitor().get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    /** A route's path template as a pattern: each {@code {name}} stands for one path segment (or part of one). */
    private static String pattern(String template) {
        String[] parts = template.split("\\{[^}]+}", -1);
        StringBuilder pattern = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            pattern.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        return pattern.toString();
    }
}
