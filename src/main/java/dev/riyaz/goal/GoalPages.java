package dev.riyaz.goal;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.SiteRoutes;

/** Pages to list, create, edit, order, archive and delete goals; the goal's own page is {@code web.GoalDetailPages}. */
@Path(GoalRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class GoalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<GoalView> active, List<GoalView> archived, String notice);

        static native TemplateInstance form(
                GoalView goal, FormState form, List<Choice> scheduleTypes, List<Choice> weekdays);

        static native TemplateInstance confirmDelete(GoalView goal);
    }

    private final GoalService goals;
    private final CurrentUser currentUser;
    private final Clock clock;

    GoalPages(GoalService goals, CurrentUser currentUser, Clock clock) {
        this.goals = goals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        long owner = currentUser.get().id();
        String text = Messages.notice(notice);
        return Templates.list(goals.list(owner, false), goals.list(owner, true), text);
    }

    @GET
    @Path(GoalRoutes.NEW)
    public TemplateInstance newGoal() {
        AuthenticatedUser user = currentUser.get();
        int count = goals.list(user.id(), null).size();
        String color = GoalRules.PALETTE.get(count % GoalRules.PALETTE.size());
        return Templates.form(
                null, GoalForm.fresh(user.today(clock), color), GoalTexts.SCHEDULE_TYPES, GoalTexts.WEEKDAYS);
    }

    @POST
    public Response create(@BeanParam GoalForm form) {
        try {
            goals.create(currentUser.get(), form.toRequest());
            return Redirects.to(SiteRoutes.home() + "?notice=goal_created");
        } catch (ApiException e) {
            return invalid(null, form, e);
        }
    }

    @GET
    @Path(GoalRoutes.EDIT)
    public TemplateInstance edit(@RestPath long id) {
        GoalView goal = goals.get(currentUser.get().id(), id);
        return Templates.form(goal, GoalForm.of(goal), GoalTexts.SCHEDULE_TYPES, GoalTexts.WEEKDAYS);
    }

    @POST
    @Path(GoalRoutes.GOAL)
    public Response update(@RestPath long id, @BeanParam GoalForm form) {
        AuthenticatedUser user = currentUser.get();
        GoalView goal = goals.get(user.id(), id);
        try {
            goals.patch(user, id, form.toRequest());
            return Redirects.to(GoalRoutes.list() + "?notice=goal_saved");
        } catch (ApiException e) {
            return invalid(goal, form, e);
        }
    }

    @POST
    @Path(GoalRoutes.ARCHIVE)
    public Response archive(@RestPath long id, @RestForm boolean archived) {
        goals.archive(currentUser.get(), id, archived);
        return Redirects.to(GoalRoutes.list() + "?notice=" + (archived ? "goal_archived" : "goal_restored"));
    }

    @POST
    @Path(GoalRoutes.MOVE)
    public Response move(@RestPath long id, @RestForm String direction) {
        goals.moveBy(currentUser.get().id(), id, "up".equals(direction) ? -1 : 1);
        return Redirects.to(GoalRoutes.list() + "#goal-" + id);
    }

    @GET
    @Path(GoalRoutes.DELETE)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(goals.get(currentUser.get().id(), id));
    }

    @POST
    @Path(GoalRoutes.DELETE)
    public Response delete(@RestPath long id) {
        goals.delete(currentUser.get().id(), id);
        return Redirects.to(GoalRoutes.list() + "?notice=goal_deleted");
    }

    private Response invalid(GoalView goal, GoalForm form, ApiException e) {
        if (e.status() == 404) {
            throw e;
        }
        return Response.status(e.status())
                .entity(Templates.form(goal, form.state().failed(e), GoalTexts.SCHEDULE_TYPES, GoalTexts.WEEKDAYS))
                .build();
    }
}
