package dev.riyaz.progress;

import java.math.BigDecimal;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalView;

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

    /** "Streak: 5 days", "Streak: 1 week", or an invitation when there is none. */
    public String streakText() {
        GoalStats.Streak streak = stats.currentStreak();
        if (streak.length() == 0) {
            return Messages.get("card_no_streak");
        }
        return Messages.get("card_streak", streak.length(), GoalPage.unitWord(streak));
    }

    /** "7 days in a row. Lovely steady work." */
    public String milestoneText() {
        GoalStats.Streak streak = stats.currentStreak();
        return Messages.get("card_milestone", streak.length(), GoalPage.unitWord(streak));
    }

    /** A quiet word at streak milestones (7, 30, 100, 365 days; 4, 12, 52 weeks). */
    public boolean milestone() {
        int length = stats.currentStreak().length();
        return switch (stats.currentStreak().unit()) {
            case "weeks" -> length == 4 || length == 12 || length == 52;
            case "months" -> length == 3 || length == 6 || length == 12;
            default -> length == 7 || length == 30 || length == 100 || length == 365;
        };
    }
}
