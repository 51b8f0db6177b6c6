package dev.riyaz.practice;

import java.time.Clock;
import java.time.LocalDate;
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

import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.SiteRoutes;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;

/**
 * Changing or deleting logged practice from the web.
 */
@Path(PracticeRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PracticePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(
                EntryView entry, GoalView goal, FormState form, LocalDate today, List<Choice> resources);
    }

    private final PracticeService practice;
    private final GoalService goals;
    private final CurrentUser currentUser;
    private final Clock clock;

    PracticePages(PracticeService practice, GoalService goals, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
        this.goals = goals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Path(PracticeRoutes.EDIT)
    public TemplateInstance editPage(@RestPath long id) {
        AuthenticatedUser user = currentUser.get();
        EntryView entry = practice.get(user.id(), id);
        return edit(user, entry, EntryForm.of(entry));
    }

    @POST
    @Path(PracticeRoutes.ENTRY)
    public Response update(@RestPath long id, @BeanParam EntryForm form) {
        AuthenticatedUser user = currentUser.get();
        EntryView entry = practice.get(user.id(), id);
        try {
            practice.update(user, id, form.toRequest());
            return Redirects.to(SiteRoutes.home() + "?notice=saved");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(edit(user, entry, form.state().failed(e)))
                    .build();
        }
    }

    @POST
    @Path(PracticeRoutes.DELETE)
    public Response delete(@RestPath long id) {
        practice.delete(currentUser.get().id(), id);
        return Redirects.to(SiteRoutes.home() + "?notice=deleted");
    }

    private TemplateInstance edit(AuthenticatedUser user, EntryView entry, FormState form) {
        return Templates.edit(
                entry,
                goals.get(user.id(), entry.goalId()),
                form,
                user.today(clock),
                practice.resourceChoices(user.id(), entry.resourceId()));
    }
}
