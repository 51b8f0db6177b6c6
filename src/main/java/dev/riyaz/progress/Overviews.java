package dev.riyaz.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.Goal;

/** The progress page across all goals, from the last year of day totals only. */
@ApplicationScoped
public class Overviews {

    private final Summaries summaries;
    private final Clock clock;

    Overviews(Summaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    /** The overview, with a summary of the chosen days too when both ends are given. */
    @Transactional
    public Overview of(AuthenticatedUser owner, LocalDate from, LocalDate to) {
        LocalDate today = owner.today(clock);
        List<SummaryRow> chosen = null;
        if (from != null && to != null) {
            Bounds.range("from", from, "to", to);
            chosen = summaries.between(owner, from, to);
        }
        List<Goal> goals = Goal.listForOwner(owner.id());
        DayTallies tallies = DayTallies.between(owner.id(), today.minusDays(370), today);
        Map<LocalDate, Integer> counted = countedPerDay(goals, tallies, owner);
        List<Goal> active = goals.stream().filter(goal -> !goal.archived).toList();
        return new Overview(
                heatmap(owner, today, counted),
                counted.size(),
                GoalTrends.of(active, tallies, today, owner.firstDayOfWeek()),
                summaries.between(owner, today.with(TemporalAdjusters.previousOrSame(owner.firstDayOfWeek())), today),
                summaries.between(owner, today.withDayOfMonth(1), today),
                summaries.between(owner, today.withDayOfYear(1), today),
                from,
                to,
                chosen);
    }

    /** How many goals counted on each day that any did. */
    private static Map<LocalDate, Integer> countedPerDay(
            List<Goal> goals, DayTallies tallies, AuthenticatedUser owner) {
        Map<Long, GoalSpec> specs = new HashMap<>();
        for (Goal goal : goals) {
            specs.put(goal.id, GoalSpec.of(goal, owner.firstDayOfWeek()));
        }
        Map<LocalDate, Integer> counted = new HashMap<>();
        tallies.byGoal().forEach((goalId, days) -> {
            GoalSpec spec = specs.get(goalId);
            for (DayTally day : days) {
                if (spec != null && ProgressCalculator.qualifies(spec, day)) {
                    counted.merge(day.date(), 1, Integer::sum);
                }
            }
        });
        return counted;
    }

    /** Each day's colour is how many goals counted that day (1, 2, 3, 4 or more). */
    private String heatmap(AuthenticatedUser owner, LocalDate today, Map<LocalDate, Integer> counted) {
        Map<LocalDate, HeatCell> cells = new HashMap<>();
        counted.forEach((date, n) -> cells.put(
                date, new HeatCell(Math.min(4, n), Heatmap.dayName(date) + ": " + Messages.get("overview_goals", n))));
        List<HeatKey> legend = List.of(
                new HeatKey(0, Messages.get("overview_legend_none")),
                new HeatKey(1, "1"),
                new HeatKey(2, "2"),
                new HeatKey(3, "3"),
                new HeatKey(4, Messages.get("overview_legend_more")));
        return Heatmap.of(today, owner.firstDayOfWeek(), legend)
                .withCells(cells)
                .render(Messages.get("overview_heatmap_title"), Messages.get("overview_heatmap_desc", counted.size()));
    }
}
