package dev.riyaz.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
import dev.riyaz.common.Messages;
import dev.riyaz.common.QueryParams;
import dev.riyaz.goal.GoalRoutes;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeService;
import dev.riyaz.progress.GoalPage;
import dev.riyaz.progress.ProgressService;

/**
 * A goal's own page (how it is going, a month to log any past day) and one day of it. They bring goals, practice and
 * progress together, so they live here; the goal's forms are {@code goal.GoalPages}.
 */
@Path(GoalRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class GoalDetailPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(GoalPage page, String notice);

        static native TemplateInstance day(
                GoalView goal,
                LocalDate date,
                List<EntryView> entries,
                LocalDate today,
                List<Choice> resources,
                FormState form);
    }

    private final GoalService goals;
    private final ProgressService progress;
    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final Clock clock;

    GoalDetailPages(
            GoalService goals,
            ProgressService progress,
            PracticeService practice,
            CurrentUser currentUser,
            Clock clock) {
        this.goals = goals;
        this.progress = progress;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The goal page: today's action, four main figures and the rest folded away, the latest practice ({@code
     * practice=all} lists all of it, {@code page} by page), a month calendar to log any past day, and the pictures.
     */
    @GET
    @Path(GoalRoutes.GOAL)
    public TemplateInstance show(
            @RestPath long id,
            @RestQuery String month,
            @RestQuery String notice,
            @RestQuery String practice,
            @RestQuery String page) {
        YearMonth shown = QueryParams.month("month", month);
        String text = Messages.notice(notice);
        boolean all = "all".equals(practice);
        int entryPage = all ? QueryParams.integer("page", page, 0, 0, MAX_ENTRY_PAGE) : 0;
        int size = all ? GoalPage.ALL_ENTRIES_PAGE : GoalPage.RECENT_ENTRIES;
        return Templates.show(progress.page(currentUser.get(), id, shown, entryPage, size), text);
    }

    /** "Show all" pages through at most this many pages of practice (50 each: over 1,000 years of daily practice). */
    static final int MAX_ENTRY_PAGE = 10_000;

    /** One day of a goal: what was logged, with a form to log more for that day. */
    @GET
    @Path(GoalRoutes.DAY)
    public TemplateInstance day(@RestPath long id, @RestPath String date) {
        AuthenticatedUser user = currentUser.get();
        GoalView goal = goals.get(user.id(), id);
        LocalDate day = QueryParams.date("date", date);
        LocalDate today = user.today(clock);
        if (day.isAfter(today)) {
            throw ApiException.invalid("date", "Practice can't be logged for a day that has not come yet.");
        }
        List<EntryView> entries = practice.page(user.id(), id, day, day, 0, 100).items();
        return Templates.day(goal, day, entries, today, practice.resourceChoices(user.id(), null), FormState.empty());
    }
}
