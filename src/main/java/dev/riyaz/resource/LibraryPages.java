package dev.riyaz.resource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.common.QueryParams;
import dev.riyaz.common.Redirects;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeService;

/** The library pages: the list with search and filters, a resource's own page, and the form to save or change one. */
@Path("/resources")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {

    /** The list page: what is shown, the filter as chosen, and the choices for each filter. */
    public record Library(
            List<Item> items,
            ResourceService.Filter filter,
            List<GoalView> goals,
            List<String> tags,
            int total,
            String bookmarklet,
            String zone,
            String notice) {

        public boolean filtered() {
            return filter.goalId() != null
                    || filter.status() != null
                    || filter.kind() != null
                    || filter.tag() != null
                    || filter.text() != null;
        }
    }

    /** A resource in a list, with the titles of its goals. */
    public record Item(ResourceView resource, List<GoalView> goals) {}

    /** A piece of practice done with the resource. */
    public record Session(EntryView entry, String goalTitle, String unit) {}

    /** Everything the resource page shows. */
    public record ResourcePage(
            ResourceView resource,
            List<GoalView> goals,
            List<Session> sessions,
            List<String> totals,
            Pace pace,
            LocalDate today,
            String zone,
            String notice) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Library library);

        static native TemplateInstance show(ResourcePage page);

        static native TemplateInstance form(
                ResourceView resource, FormState form, List<GoalView> goals, ResourceView saved);

        static native TemplateInstance confirmDelete(ResourceView resource);
    }

    static final List<Choice> KINDS = Arrays.stream(Resource.Kind.values())
            .map(k -> new Choice(k.name(), Messages.get("resource_kind_" + k.name())))
            .toList();
    static final List<Choice> STATUSES = Arrays.stream(Resource.Status.values())
            .map(s -> new Choice(s.name(), Messages.get("resource_status_" + s.name())))
            .toList();

    private final ResourceService resources;
    private final GoalService goals;
    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final Clock clock;

    LibraryPages(
            ResourceService resources,
            GoalService goals,
            PracticeService practice,
            CurrentUser currentUser,
            Clock clock) {
        this.resources = resources;
        this.goals = goals;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
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
        List<GoalView> all = goals.list(user.id(), null);
        List<ResourceView> shown = resources.list(user.id(), filter);
        return Templates.list(new Library(
                items(shown, all),
                filter,
                all,
                resources.tags(user.id()),
                (int) resources.count(user.id()),
                bookmarklet(uri.getBaseUri()),
                user.timeZone(),
                Messages.notice(notice)));
    }

    @GET
    @Path("new")
    public TemplateInstance newResource(@RestQuery String url, @RestQuery String title, @RestQuery String goalId) {
        AuthenticatedUser user = currentUser.get();
        Long goal = FormValues.text(goalId) == null ? null : QueryParams.id("goalId", goalId);
        String link = clip(url, Links.MAX_LENGTH);
        ResourceView saved =
                link == null ? null : resources.saved(user.id(), link).orElse(null);
        return Templates.form(
                null, ResourceForm.fresh(link, clip(title, Resource.TITLE_MAX), goal), active(user), saved);
    }

    @POST
    public Response create(@BeanParam ResourceForm form) {
        AuthenticatedUser user = currentUser.get();
        try {
            ResourceView saved = resources.create(user, form.toRequest());
            String notice = saved.duplicateOf() == null ? "resource_saved" : "resource_saved_twice";
            return Redirects.to("/resources/" + saved.id() + "?notice=" + notice);
        } catch (ApiException e) {
            return invalid(user, null, form, e);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        AuthenticatedUser user = currentUser.get();
        ResourceView resource = resources.get(user.id(), id);
        Map<Long, GoalView> byId =
                goals.list(user.id(), null).stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        List<Session> sessions = practice.usedWith(user.id(), id, 20).stream()
                .map(e -> new Session(
                        e, byId.get(e.goalId()).title(), byId.get(e.goalId()).unit()))
                .toList();
        List<String> totals = practice.useTotals(user.id(), id).stream()
                .map(t -> total(t, byId.get(t.goalId())))
                .toList();
        Optional<Pace> pace = resources.pace(user, id);
        return Templates.show(new ResourcePage(
                resource,
                resource.goalIds().stream().map(byId::get).toList(),
                sessions,
                totals,
                pace.orElse(null),
                user.today(clock),
                user.timeZone(),
                Messages.notice(notice)));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        AuthenticatedUser user = currentUser.get();
        ResourceView resource = resources.get(user.id(), id);
        return Templates.form(resource, ResourceForm.of(resource), goals.list(user.id(), null), null);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam ResourceForm form) {
        AuthenticatedUser user = currentUser.get();
        ResourceView resource = resources.get(user.id(), id);
        try {
            resources.replace(user, id, form.toRequest());
            return Redirects.to("/resources/" + id + "?notice=resource_changed");
        } catch (ApiException e) {
            return invalid(user, resource, form, e);
        }
    }

    /** The one-click "+1": one more lesson, chapter or problem done. */
    @POST
    @Path("{id}/step")
    public Response step(@RestPath long id) {
        ResourceView after = resources.step(currentUser.get(), id, 1);
        String notice = after.finished() && after.length() != null ? "resource_finished" : "resource_stepped";
        return Redirects.to("/resources/" + id + "?notice=" + notice + "#progress-title");
    }

    @GET
    @Path("{id}/delete")
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(resources.get(currentUser.get().id(), id));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        resources.delete(currentUser.get().id(), id);
        return Redirects.to("/resources?notice=resource_deleted");
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

    private static List<Item> items(List<ResourceView> shown, List<GoalView> goals) {
        Map<Long, GoalView> byId = goals.stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        return shown.stream()
                .map(r -> new Item(r, r.goalIds().stream().map(byId::get).toList()))
                .toList();
    }

    /** "12 sessions for Python · 5 h 10 min". */
    private static String total(PracticeService.UseTotal total, GoalView goal) {
        String sessions = Messages.get("resource_sessions_for", total.sessions(), goal.title());
        if (total.amount() == null || goal.unit() == null) {
            return sessions;
        }
        return sessions + " · " + dev.riyaz.goal.Units.withUnit(total.amount(), goal.unit());
    }

    /**
     * The "Save to Riyaz" bookmarklet: on any page it opens this server's add form with that page's address and title.
     * It only opens the form; saving still needs the person's click.
     */
    static String bookmarklet(URI base) {
        String host = base.getHost() == null || !base.getHost().matches("[A-Za-z0-9.:\\[\\]-]+")
                ? "localhost"
                : base.getHost();
        String origin = ("https".equals(base.getScheme()) ? "https" : "http") + "://" + host
                + (base.getPort() == -1 ? "" : ":" + base.getPort()) + "/resources/new";
        return "javascript:(function(){var u='" + origin
                + "?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title);"
                + "var w=window.open(u,'riyaz','width=640,height=760');if(!w){location.href=u;}})();";
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
