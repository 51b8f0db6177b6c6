package dev.riyaz.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeReads;
import dev.riyaz.practice.PracticeService;
import dev.riyaz.progress.GoalToday;
import dev.riyaz.progress.Milestone;
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
            boolean offerWelcome,
            Done done,
            ZonedDateTime shownAt) {

        /** When this page was made, on the person's clock ("08:14"): the offline note names it. */
        public String shownAtTime() {
            return shownAt.format(SHOWN_AT);
        }

        /** The same moment in milliseconds, so the phone can tell the server's clock from its own. */
        public long shownAtMillis() {
            return shownAt.toInstant().toEpochMilli();
        }

        /** Today's pick for this goal, or null. */
        public TodaysPicks.Pick pick(long goalId) {
            return picks.get(goalId);
        }

        /** The entry this goal's card offers to undo (just logged from it), or null. */
        public Done doneFor(long goalId) {
            return done != null && done.goalId() == goalId ? done : null;
        }

        public boolean hasGoals() {
            return !goals.isEmpty();
        }

        /** "Wed 25 Nov · 1 of 2 done for today". */
        public String summary() {
            return summaryOf(today, due);
        }
    }

    private static final DateTimeFormatter SHOWN_AT = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** A recent entry with the title and unit of its goal. */
    public record RecentEntry(EntryView entry, String goalTitle, String unit) {}

    /**
     * What a card says right after its one-tap action: the entry it wrote (its Undo removes exactly that one), whether
     * it was a day off, and a quiet milestone or null.
     */
    public record Done(long goalId, long entryId, boolean dayOff, String milestone) {}

    /** One card after an action, with what changes beside it: the day's summary and Recent practice (htmx). */
    public record CardUpdate(
            GoalToday item,
            LocalDate today,
            String error,
            String summary,
            List<RecentEntry> recent,
            Done done,
            TodaysPicks.Pick pick) {}

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance welcome();

        public static native TemplateInstance dashboard(Dashboard board);

        public static native TemplateInstance goalCard(CardUpdate update);
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

    /**
     * Today. After a one-tap action without JavaScript, {@code done} names the entry it wrote, so its card offers Undo
     * (only for an entry of this person) and {@code milestone} the quiet word it earned.
     */
    @GET
    public TemplateInstance home(@RestQuery String notice, @RestQuery String done, @RestQuery String milestone) {
        return currentUser
                .find()
                .map(user ->
                        Templates.dashboard(dashboard(user, FormState.empty(), notice, done(user, done, milestone))))
                .orElseGet(Templates::welcome);
    }

    /** The entry named by {@code ?done=}, if it is this person's; else null (a stale or foreign id is ignored). */
    private Done done(AuthenticatedUser user, String entryId, String milestone) {
        if (entryId == null || !entryId.matches("[0-9]{1,18}")) {
            return null;
        }
        try {
            EntryView entry = practice.get(user.id(), Long.parseLong(entryId));
            String words = Milestone.parse(milestone).map(Milestone::text).orElse(null);
            return new Done(entry.goalId(), entry.id(), "skipped".equals(entry.status()), words);
        } catch (ApiException e) {
            return null;
        }
    }

    /** Where each active goal stands today, in the person's order. */
    public List<GoalToday> today(AuthenticatedUser user) {
        return progress.today(user);
    }

    /** One goal's card after an action, with the day's summary and Recent practice beside it (htmx). */
    public TemplateInstance card(AuthenticatedUser user, long goalId, String error, Done done) {
        LocalDate today = user.today(clock);
        List<GoalToday> all = progress.today(user);
        GoalToday item = all.stream()
                .filter(g -> g.goal().id() == goalId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("goal"));
        List<GoalToday> due = all.stream().filter(GoalToday::due).toList();
        TodaysPicks.Pick pick = todaysPicks.picks(user.id()).get(goalId);
        return Templates.goalCard(new CardUpdate(item, today, error, summaryOf(today, due), recent(user), done, pick));
    }

    private List<RecentEntry> recent(AuthenticatedUser user) {
        Map<Long, GoalView> byId =
                goals.list(user.id(), null).stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        return practiceReads.recent(user.id(), 10).stream()
                .map(e -> new RecentEntry(
                        e, byId.get(e.goalId()).title(), byId.get(e.goalId()).unit()))
                .toList();
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
    public Dashboard dashboard(AuthenticatedUser user, FormState quickLog, String notice, Done done) {
        LocalDate today = user.today(clock);
        List<GoalToday> all = progress.today(user);
        List<RecentEntry> recent = recent(user);
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
                all.isEmpty() && !welcome.welcomed(user),
                done,
                clock.instant().atZone(user.zone()));
    }
}
