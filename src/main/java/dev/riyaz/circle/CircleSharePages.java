package dev.riyaz.circle;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
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

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.Redirects;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;

/** "Choose what this circle sees": a checkbox for each of the person's goals. */
@Path(CircleRoutes.PAGES)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CircleSharePages {

    /** A goal of the person, and whether this circle sees it. */
    public record Choice(GoalView goal, boolean shared) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance share(CircleView circle, List<Choice> choices);
    }

    private final Circles circles;
    private final CircleShares shares;
    private final GoalService goals;
    private final CurrentUser currentUser;

    CircleSharePages(Circles circles, CircleShares shares, GoalService goals, CurrentUser currentUser) {
        this.circles = circles;
        this.shares = shares;
        this.goals = goals;
        this.currentUser = currentUser;
    }

    @GET
    @Path(CircleRoutes.PAGE_SHARE)
    public TemplateInstance show(@RestPath long id) {
        long me = currentUser.get().id();
        CircleView circle = circles.get(me, id);
        Set<Long> shared = shares.sharedIds(me, id);
        List<Choice> choices = goals.list(me, false).stream()
                .map(goal -> new Choice(goal, shared.contains(goal.id())))
                .toList();
        return Templates.share(circle, choices);
    }

    /** Saves the ticked goals; every unticked one stops being shown at once. */
    @POST
    @Path(CircleRoutes.PAGE_SHARE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm("goalId") List<Long> goalIds) {
        shares.share(currentUser.get().id(), id, goalIds);
        return Redirects.to(CircleRoutes.circle(id) + "?notice=circle_shares_saved");
    }
}
