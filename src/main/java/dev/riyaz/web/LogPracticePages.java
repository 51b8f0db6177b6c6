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
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeService;
import dev.riyaz.progress.GoalToday;
import dev.riyaz.progress.Milestone;

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
            GoalToday before = card ? todayOf(user, goal) : null;
            EntryView logged = practice.log(user, goal, request, "web", null).entry();
            if (card) {
                String milestone = Milestone.reached(before, todayOf(user, goal))
                        .map(Milestone::code)
                        .orElse(null);
                return afterCardAction(user, logged, milestone, htmx != null);
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
                return Response.ok(dashboard.card(user, goal, e.getMessage(), null))
                        .build();
            }
            FormState form = entry.state().with("goalId", goalId).failed(e);
            return Response.status(e.status())
                    .entity(DashboardPages.Templates.dashboard(dashboard.dashboard(user, form, null, null)))
                    .build();
        }
    }

    /**
     * Undo of a card's one-tap action: removes exactly the entry it wrote (404 for an entry that is not this
     * person's). With htmx the card, the day's summary and Recent practice come back in one answer.
     */
    @POST
    @Path(WebRoutes.UNDO)
    public Response undo(@RestForm String entryId, @RestHeader("HX-Request") String htmx) {
        AuthenticatedUser user = currentUser.get();
        long id = FormValues.id("entryId", entryId, "Choose a practice to undo.");
        EntryView entry = practice.get(user.id(), id);
        practice.delete(user.id(), id);
        if (htmx != null) {
            return Response.ok(dashboard.card(user, entry.goalId(), null, null)).build();
        }
        return Redirects.to(WebRoutes.home() + "?notice=undone#goal-" + entry.goalId());
    }

    /** The card with "Saved. Undo" (and a milestone): in place with htmx, else through Today's address. */
    private Response afterCardAction(AuthenticatedUser user, EntryView logged, String milestone, boolean htmx) {
        if (htmx) {
            var done = new DashboardPages.Done(
                    logged.goalId(),
                    logged.id(),
                    "skipped".equals(logged.status()),
                    Milestone.parse(milestone).map(Milestone::text).orElse(null));
            return Response.ok(dashboard.card(user, logged.goalId(), null, done))
                    .build();
        }
        String query = "?done=" + logged.id() + (milestone == null ? "" : "&milestone=" + milestone);
        return Redirects.to(WebRoutes.home() + query + "#goal-" + logged.goalId());
    }

    private GoalToday todayOf(AuthenticatedUser user, long goalId) {
        return dashboard.today(user).stream()
                .filter(g -> g.goal().id() == goalId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("goal"));
    }
}
