package dev.riyaz.circle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.Goal;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.Heatmap;

/** Builds the circle page from one read of the circle's members, shares and day tallies ({@link CircleReads}). */
@ApplicationScoped
public class CirclePageReads {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    private final Clock clock;

    CirclePageReads(Clock clock) {
        this.clock = clock;
    }

    /** The page for one of the viewer's circles, in the viewer's days; 404 for anyone who is not a member. */
    @Transactional
    public CirclePage page(AuthenticatedUser viewer, long circleId, String notice) {
        CircleMember caller = CircleAccess.member(circleId, viewer.id());
        List<CircleMember> members = CircleMember.listInCircle(circleId, CircleMember.ACTIVE);
        CircleReads reads = CircleReads.of(members, CircleShare.listInCircle(circleId), clock);
        LocalDate today = viewer.today(clock);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(viewer.firstDayOfWeek()));
        List<LocalDate> days = weekStart.datesUntil(weekStart.plusDays(7)).toList();
        Instant newSince = clock.instant().minus(Duration.ofDays(CircleLimits.NEW_FOR_DAYS));
        List<CirclePage.Row> rows = new ArrayList<>();
        List<String> newcomers = new ArrayList<>();
        int practiceDays = 0;
        for (CircleMember member : CircleMembers.sortedByName(members, reads)) {
            String name = reads.user(member.userId).displayName;
            boolean isNew = member.joinedAt.isAfter(newSince) && member.role != CircleRole.owner;
            if (isNew) {
                newcomers.add(name);
            }
            rows.add(new CirclePage.Row(
                    member.userId, name, member.role.name(), isNew, goalRows(reads, member.userId, days, today)));
            practiceDays += reads.practiceDays(member.userId, weekStart, today).size();
        }
        CircleHeatmap heatmap = CircleHeatmap.of(reads, members, today, viewer.firstDayOfWeek());
        int waiting = caller.role.atLeast(CircleRole.organiser)
                ? CircleMember.listInCircle(circleId, CircleMember.PENDING).size()
                : 0;
        return new CirclePage(
                Circles.view(caller),
                days.stream()
                        .map(day -> new CirclePage.Day(SHORT.format(day), Heatmap.dayName(day), day.equals(today)))
                        .toList(),
                rows,
                practiceDays,
                heatmap.svg(),
                heatmap.summary(),
                newcomers,
                waiting,
                notice);
    }

    private static List<CirclePage.GoalRow> goalRows(
            CircleReads reads, long userId, List<LocalDate> days, LocalDate today) {
        List<CirclePage.GoalRow> rows = new ArrayList<>();
        List<CircleGoal> views = reads.circleGoals(userId);
        List<Goal> goals = reads.goals(userId);
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            Map<LocalDate, DayTally> byDay = reads.byDay(goal.id);
            List<CirclePage.Cell> cells = new ArrayList<>();
            for (LocalDate day : days) {
                String state = state(reads, userId, goal, byDay.get(day), day.isAfter(today));
                cells.add(new CirclePage.Cell(
                        state,
                        SHORT.format(day).substring(0, 1),
                        Messages.get("circle_day_" + state, Heatmap.dayName(day), goal.title)));
            }
            CircleGoal view = views.get(i);
            rows.add(new CirclePage.GoalRow(
                    goal.title, cells, CircleWords.week(view.thisWeek()), CircleWords.run(view)));
        }
        return rows;
    }

    private static String state(CircleReads reads, long userId, Goal goal, DayTally tally, boolean later) {
        if (later) {
            return "later";
        }
        if (tally == null) {
            return "none";
        }
        if (tally.skipped() > 0) {
            return "rest";
        }
        if (reads.counted(userId, goal, tally)) {
            return "done";
        }
        return tally.done() > 0 ? "some" : "none";
    }
}
