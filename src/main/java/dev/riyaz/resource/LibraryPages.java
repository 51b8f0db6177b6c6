package dev.riyaz.resource;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.QueryParams;
import dev.riyaz.common.Redirects;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;

/** The library pages: the list with search and filters, a resource's own page, and the form to save or change one. */
@Path(LibraryRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LibraryViews.Library library);

        static native TemplateInstance show(LibraryViews.ResourcePage page);

        static native TemplateInstance form(
                ResourceView resource, FormState form, List<GoalView> goals, SavedBefore saved);

        static native TemplateInstance confirmDelete(ResourceView resource);
    }

    /**
     * The same link saved before, shown on the new-link form: when it was saved ({@code zone} is the person's), and
     * whether the form came back to ask "open it or save it again?" ({@code ask}).
     */
    public record SavedBefore(ResourceView resource, String zone, boolean ask) {}

    private final ResourceService resources;
    private final GoalService goals;
    private final ResourceSteps steps;
    private final LibraryViews views;
    private final CurrentUser currentUser;
    private final LinkTitles titles;

    LibraryPages(
            ResourceService resources,
            GoalService goals,
            ResourceSteps steps,
            LibraryViews views,
            CurrentUser currentUser,
            LinkTitles titles) {
        this.resources = resources;
        this.goals = goals;
        this.steps = steps;
        this.views = views;
        this.currentUser = currentUser;
        this.titles = titles;
    }

    @GET
    public TemplateInstance list(
            @RestQuery String q,
            @RestQuery String goalId,
            @RestQuery String kind,
            @RestQuery String tag,
            @RestQuery String status,
            @RestQuery String sort,
            @RestQuery String notice,
            @Context UriInfo uri) {
        AuthenticatedUser user = currentUser.get();
        ResourceService.Filter filter = new ResourceService.Filter(
                FormValues.text(goalId) == null ? null : QueryParams.id("goalId", goalId),
                FormValues.text(status),
                FormValues.text(kind),
                FormValues.text(tag),
                FormValues.text(q),
                FormValues.text(sort));
        return Templates.list(views.library(user, filter, uri.getBaseUri(), notice));
    }

    @GET
    @Path(LibraryRoutes.NEW)
    public TemplateInstance newResource(@RestQuery String url, @RestQuery String title, @RestQuery String goalId) {
        AuthenticatedUser user = currentUser.get();
        Long goal = FormValues.text(goalId) == null ? null : QueryParams.id("goalId", goalId);
        String link = clip(url, Links.MAX_LENGTH);
        SavedBefore saved = link == null
                ? null
                : resources
                        .saved(user.id(), link)
                        .map(r -> new SavedBefore(r, user.timeZone(), false))
                        .orElse(null);
        return Templates.form(
                null, ResourceForm.fresh(link, clip(title, Resource.TITLE_MAX), goal), active(user), saved);
    }

    @POST
    public Response create(@BeanParam ResourceForm form) {
        AuthenticatedUser user = currentUser.get();
        String link = clip(form.url, Links.MAX_LENGTH);
        ResourceView before =
                link == null ? null : resources.saved(user.id(), link).orElse(null);
        if (before != null && !form.savesAgain(before.id())) {
            // The same page is in the library already: offer it, and saving again only as a second choice.
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.form(
                            null, form.state(), active(user), new SavedBefore(before, user.timeZone(), true)))
                    .build();
        }
        try {
            // The title is read from the page before the service's transaction starts: it may wait for the network.
            ResourceView saved = resources.create(user, titles.withTitle(form.toRequest()));
            String notice = saved.duplicateOf() == null ? "resource_saved" : "resource_saved_twice";
            return Redirects.to(LibraryRoutes.resource(saved.id()) + "?notice=" + notice);
        } catch (ApiException e) {
            return invalid(user, null, form, e);
        }
    }

    @GET
    @Path(LibraryRoutes.RESOURCE)
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        return Templates.show(views.resourcePage(currentUser.get(), id, notice));
    }

    @GET
    @Path(LibraryRoutes.EDIT)
    public TemplateInstance edit(@RestPath long id) {
        AuthenticatedUser user = currentUser.get();
        ResourceView resource = resources.get(user.id(), id);
        return Templates.form(resource, ResourceForm.of(resource), goals.list(user.id(), null), null);
    }

    @POST
    @Path(LibraryRoutes.RESOURCE)
    public Response update(@RestPath long id, @BeanParam ResourceForm form) {
        AuthenticatedUser user = currentUser.get();
        ResourceView resource = resources.get(user.id(), id);
        try {
            resources.replace(user, id, form.toRequest());
            return Redirects.to(LibraryRoutes.resource(id) + "?notice=resource_changed");
        } catch (ApiException e) {
            return invalid(user, resource, form, e);
        }
    }

    /** The one-click "+1": one more lesson, chapter or problem done. */
    @POST
    @Path(LibraryRoutes.STEP)
    public Response step(@RestPath long id) {
        ResourceView after = steps.step(currentUser.get(), id, 1);
        String notice = after.finished() && after.length() != null ? "resource_finished" : "resource_stepped";
        return Redirects.to(LibraryRoutes.resource(id) + "?notice=" + notice + "#progress-title");
    }

    @GET
    @Path(LibraryRoutes.DELETE)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(resources.get(currentUser.get().id(), id));
    }

    @POST
    @Path(LibraryRoutes.DELETE)
    public Response delete(@RestPath long id) {
        resources.delete(currentUser.get().id(), id);
        return Redirects.to(LibraryRoutes.list() + "?notice=resource_deleted");
    }

    private List<GoalView> active(AuthenticatedUser user) {
        return goals.list(user.id(), false);
    }

    private Response invalid(AuthenticatedUser user, ResourceView resource, ResourceForm form, ApiException e) {
        if (e.status() == 404) {
            throw e;
        }
        List<GoalView> choices = resource == null ? active(user) : goals.list(user.id(), null);
        return Response.status(e.status())
                .entity(Templates.form(resource, form.state().failed(e), choices, null))
                .build();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
