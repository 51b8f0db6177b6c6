package dev.riyaz.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalView;
import dev.riyaz.goal.Units;

/**
 * Where one goal stands today: whether it is planned, what was logged, whether today already counts, what is left,
 * and its stats (streak, score, this week).
 *
 * @param remaining for measured goals, the amount still needed today (0 when done); null for check goals
 */
public record GoalToday(
        GoalView goal,
        boolean due,
        int doneEntries,
        boolean skipped,
        BigDecimal amount,
        boolean counts,
        BigDecimal remaining,
        GoalStats stats,
        Week week) {

    /** This week so far: days that counted and days planned for the whole week. */
    public record Week(int counted, int planned) {

        /** Shown as a bar: never more than full. */
        public int shown() {
            return Math.min(counted, planned);
        }
    }

    static GoalToday of(GoalView goal, GoalSpec spec, DayTally today, GoalStats stats, boolean due, Week week) {
        boolean counts = ProgressCalculator.qualifies(spec, today);
        BigDecimal remaining = spec.measured()
                ? spec.dailyTarget()
                        .subtract(today.amount())
                        .max(BigDecimal.ZERO)
                        .stripTrailingZeros()
                : null;
        return new GoalToday(
                goal,
                due,
                today.done(),
                today.skipped() > 0,
                today.amount().stripTrailingZeros(),
                counts,
                remaining,
                stats,
                week);
    }

    public boolean measured() {
        return goal.dailyTarget() != null;
    }

    /** The score as a whole percentage, for pages. */
    public long scorePercent() {
        return Math.round(stats.score() * 100);
    }

    /** For "N a week" and "N a month" goals: "2 more days this week" or "Done for this week"; null otherwise. */
    public String periodText() {
        String type = goal.schedule().type();
        if (!type.equals("weekly") && !type.equals("monthly")) {
            return null;
        }
        int left = stats.remaining().thisPeriod().intValue();
        String period = type.equals("weekly") ? "week" : "month";
        return left == 0
                ? Messages.get("card_period_done_" + period)
                : Messages.get("card_period_left_" + period, left);
    }

    /** The run in words for this card, e.g. "Today makes it 6 days in a row". */
    public StreakWords streakWords() {
        return StreakWords.of(this);
    }

    /**
     * The card's one status line: "Resting today" on a day off, what a started measured goal still needs today, then
     * the run in words (left out on a day off of a goal never practised, where it would only say "a fresh start").
     */
    public String statusLine() {
        List<String> parts = new ArrayList<>(2);
        if (resting()) {
            parts.add(Messages.get("card_resting"));
        } else if (todayText() != null) {
            parts.add(todayText());
        }
        if (showsRun()) {
            parts.add(streakWords().sentence());
        }
        return String.join(" · ", parts);
    }

    /** Whether the status line names habit strength, so the card links to what it means. */
    public boolean strengthHelp() {
        return showsRun() && streakWords().mentionsStrength();
    }

    /** What today still needs, in the goal's unit, for measured goals that are started but not done; else null. */
    public String todayText() {
        if (!measured() || counts || amount.signum() <= 0) {
            return null;
        }
        return Messages.get("card_measured_left", Units.plain(remaining), Units.unitFor(remaining, goal.unit()));
    }

    private boolean resting() {
        return skipped && !counts;
    }

    private boolean showsRun() {
        return !resting() || streakWords().hasHistory();
    }
}
