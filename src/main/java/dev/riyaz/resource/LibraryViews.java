package dev.riyaz.resource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeReads;

/** What the library pages show, put together from the resources, the goals and the practice done with them. */
@ApplicationScoped
public class LibraryViews {

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

        /** Whether the folded filter opens: a filter is set or another order than the usual one is chosen. */
        public boolean filterOpen() {
            return filtered() || (filter.sort() != null && !filter.sort().equals("used"));
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

    private final ResourceService resources;
    private final ResourceSteps steps;
    private final GoalService goals;
    private final PracticeReads practice;
    private final Clock clock;

    LibraryViews(
            ResourceService resources, ResourceSteps steps, GoalService goals, PracticeReads practice, Clock clock) {
        this.resources = resources;
        this.steps = steps;
        this.goals = goals;
        this.practice = practice;
        this.clock = clock;
    }

    /** The list page for this filter; {@code base} is the server's address, for the bookmarklet. */
    Library library(AuthenticatedUser user, ResourceService.Filter filter, URI base, String notice) {
        List<GoalView> all = goals.list(user.id(), null);
        List<ResourceView> shown = resources.list(user.id(), filter);
        return new Library(
                items(shown, all),
                filter,
                all,
                resources.tags(user.id()),
                (int) resources.count(user.id()),
                Bookmarklet.forServer(base),
                user.timeZone(),
                Messages.notice(notice));
    }

    /** A resource's own page: its goals, the practice done with it, and its pace. */
    ResourcePage resourcePage(AuthenticatedUser user, long id, String notice) {
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
        Pace pace = steps.pace(user, id).orElse(null);
        return new ResourcePage(
                resource,
                resource.goalIds().stream().map(byId::get).toList(),
                sessions,
                totals,
                pace,
                user.today(clock),
                user.timeZone(),
                Messages.notice(notice));
    }

    private static List<Item> items(List<ResourceView> shown, List<GoalView> goals) {
        Map<Long, GoalView> byId = goals.stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        return shown.stream()
                .map(r -> new Item(r, r.goalIds().stream().map(byId::get).toList()))
                .toList();
    }

    /** "12 sessions for Python · 5 h 10 min". */
    private static String total(PracticeReads.UseTotal total, GoalView goal) {
        String sessions = Messages.get("resource_sessions_for", total.sessions(), goal.title());
        if (total.amount() == null || goal.unit() == null) {
            return sessions;
        }
        return sessions + " · " + dev.riyaz.goal.Units.withUnit(total.amount(), goal.unit());
    }
}
