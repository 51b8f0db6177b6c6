package dev.riyaz.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeReads;
import dev.riyaz.practice.PracticeService;
import dev.riyaz.progress.GoalToday;
import dev.riyaz.progress.ProgressService;
import dev.riyaz.resource.TodaysPicks;

/** The front door: a welcome page for visitors, today's practice for people who are signed in. */
@Path(WebRoutes.HOME)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** Everything the dashboard shows; {@code offerWelcome} when it is empty and the welcome was never done. */
    public record Dashboard(
            AuthenticatedUser user,
            LocalDate today,
            List<GoalToday> due,
            List<GoalToday> notDue,
            List<GoalView> goals,
            List<RecentEntry> recent,
            Map<Long, TodaysPicks.Pick> picks,
            List<Choice> resources,
            FormState quickLog,
            String notice,
            boolean offerWelcome) {

        /** Today's pick for this goal, or null. */
        public TodaysPicks.Pick pick(long goalId) {
            return picks.get(goalId);
        }

        public boolean hasGoals() {
            return !goals.isEmpty();
        }

        /** "Wed 25 Nov · 1 of 2 done for today". */
        public String summary() {
            return summaryOf(today, due);
        }
    }

    /** A recent entry with the title and unit of its goal. */
    public record RecentEntry(EntryView entry, String goalTitle, String unit) {}

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance welcome();

        public static native TemplateInstance dashboard(Dashboard board);

        public static native TemplateInstance goalCard(
                GoalToday item, LocalDate today, String error, String summary, TodaysPicks.Pick pick);
    }

    private final CurrentUser currentUser;
    private final ProgressService progress;
    private final PracticeService practice;
    private final PracticeReads practiceReads;
    private final GoalService goals;
    private final TodaysPicks todaysPicks;
    private final WelcomeService welcome;
    private final Clock clock;

    DashboardPages(
            CurrentUser currentUser,
            ProgressService progress,
            PracticeService practice,
            PracticeReads practiceReads,
            GoalService goals,
            TodaysPicks todaysPicks,
            WelcomeService welcome,
            Clock clock) {
        this.currentUser = currentUser;
        this.progress = progress;
        this.practice = practice;
        this.practiceReads = practiceReads;
        this.goals = goals;
        this.todaysPicks = todaysPicks;
        this.welcome = welcome;
        this.clock = clock;
    }

    @GET
    public TemplateInstance home(@RestQuery String notice) {
        return currentUser
                .find()
                .map(user -> Templates.dashboard(dashboard(user, FormState.empty(), notice)))
                .orElseGet(Templates::welcome);
    }

    /** One goal's card after practice was logged, with the day's summary line updated beside it (htmx). */
    public TemplateInstance card(AuthenticatedUser user, long goalId, String error) {
        LocalDate today = user.today(clock);
        List<GoalToday> all = progress.today(user);
        GoalToday item = all.stream()
                .filter(g -> g.goal().id() == goalId)
                .findFirst()
                .orElseThrow(() -> dev.riyaz.common.ApiException.notFound("goal"));
        List<GoalToday> due = all.stream().filter(GoalToday::due).toList();
        return Templates.goalCard(
                item,
                today,
                error,
                summaryOf(today, due),
                todaysPicks.picks(user.id()).get(goalId));
    }

    static String summaryOf(LocalDate today, List<GoalToday> due) {
        String day = TemplateExtensions.friendly(today, today);
        if (due.isEmpty()) {
            return day;
        }
        long counting = due.stream().filter(GoalToday::counts).count();
        long resting = due.stream().filter(g -> g.skipped() && !g.counts()).count();
        String summary = day + " · " + Messages.get("dashboard_summary", counting, due.size() - resting);
        return resting == 0 ? summary : summary + " · " + Messages.get("dashboard_resting", resting);
    }

    /** The dashboard data, also used to show the quick-log form again with its errors. */
    public Dashboard dashboard(AuthenticatedUser user, FormState quickLog, String notice) {
        LocalDate today = user.today(clock);
        List<GoalToday> all = progress.today(user);
        Map<Long, GoalView> byId =
                goals.list(user.id(), null).stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        List<RecentEntry> recent = practiceReads.recent(user.id(), 10).stream()
                .map(e -> new RecentEntry(
                        e, byId.get(e.goalId()).title(), byId.get(e.goalId()).unit()))
                .toList();
        return new Dashboard(
                user,
                today,
                all.stream().filter(GoalToday::due).toList(),
                all.stream().filter(g -> !g.due()).toList(),
                all.stream().map(GoalToday::goal).toList(),
                recent,
                todaysPicks.picks(user.id()),
                practice.resourceChoices(user.id(), null),
                quickLog,
                Messages.notice(notice),
                all.isEmpty() && !welcome.welcomed(user));
    }
}
