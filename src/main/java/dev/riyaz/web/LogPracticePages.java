package dev.riyaz.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Redirects;
import dev.riyaz.goal.GoalRoutes;
import dev.riyaz.practice.EntryForm;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.practice.PracticeService;

/**
 * One-click "Done" and "Day off" on the dashboard cards, and the quick-log form. With htmx the card is replaced in
 * place; without JavaScript the form posts and the dashboard is shown again.
 */
@Path(WebRoutes.PRACTICE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LogPracticePages {

    private final PracticeService practice;
    private final DashboardPages dashboard;
    private final CurrentUser currentUser;
    private final Clock clock;

    LogPracticePages(PracticeService practice, DashboardPages dashboard, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @POST
    public Response log(
            @RestForm String goalId,
            @BeanParam EntryForm entry,
            @RestForm String from,
            @RestHeader("HX-Request") String htmx) {
        AuthenticatedUser user = currentUser.get();
        boolean card = "card".equals(from);
        try {
            long goal = FormValues.id("goalId", goalId, "Choose a goal.");
            EntryRequest request = entry.toRequest();
            practice.log(user, goal, request, "web", null);
            if (htmx != null && card) {
                return Response.ok(dashboard.card(user, goal, null)).build();
            }
            String notice = "skipped".equals(entry.status) ? "skipped" : "logged";
            if ("goal".equals(from)) {
                LocalDate day = request.date() == null ? user.today(clock) : request.date();
                return Redirects.to(GoalRoutes.goal(goal) + "?month=" + YearMonth.from(day) + "&notice=" + notice);
            }
            return Redirects.to(WebRoutes.home() + "?notice=" + notice);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            if (htmx != null && card) {
                // htmx swaps only 2xx answers: show the card again with the message in it.
                long goal = FormValues.id("goalId", goalId, "Choose a goal.");
                return Response.ok(dashboard.card(user, goal, e.getMessage())).build();
            }
            FormState form = entry.state().with("goalId", goalId).failed(e);
            return Response.status(e.status())
                    .entity(DashboardPages.Templates.dashboard(dashboard.dashboard(user, form, null)))
                    .build();
        }
    }
}
