package dev.riyaz.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.riyaz.common.Messages;

/**
 * A quiet word after Done: the first practice ever, the first full week, or a run reaching 7, 30 or 100 days (4, 12
 * or 52 weeks; 3, 6 or 12 months). Found by comparing a goal's day before and after the practice was logged, so it is
 * said once, when it happens. Written as a short code ({@code first}, {@code week}, {@code days-7}) so a page without
 * JavaScript can carry it through a redirect; {@link #parse} accepts only real milestones.
 */
public record Milestone(String kind, int length, String unit) {

    private static final Map<String, List<Integer>> RUNS =
            Map.of("days", List.of(7, 30, 100), "weeks", List.of(4, 12, 52), "months", List.of(3, 6, 12));

    /** The milestone that logging practice reached, if any: the first practice wins over a run, a run over a week. */
    public static Optional<Milestone> reached(GoalToday before, GoalToday after) {
        if (!before.streakWords().hasHistory() && after.streakWords().hasHistory()) {
            return Optional.of(new Milestone("first", 0, null));
        }
        GoalStats.Streak was = before.stats().currentStreak();
        GoalStats.Streak now = after.stats().currentStreak();
        for (int length : RUNS.getOrDefault(now.unit(), List.of())) {
            if (was.length() < length && now.length() >= length) {
                return Optional.of(new Milestone(now.unit(), length, now.unit()));
            }
        }
        if (firstFullWeek(before, after)) {
            return Optional.of(new Milestone("week", 0, null));
        }
        return Optional.empty();
    }

    /**
     * This week just became complete, and no earlier run was as long as a full week: as many days in a row as the week
     * plans for day goals, one counted week for weekly goals (monthly goals have no weeks to celebrate).
     */
    private static boolean firstFullWeek(GoalToday before, GoalToday after) {
        int planned = after.week().planned();
        String unit = after.stats().currentStreak().unit();
        if (planned == 0 || unit.equals("months")) {
            return false;
        }
        boolean completed = before.week().counted() < planned && after.week().counted() >= planned;
        int fullRun = unit.equals("weeks") ? 1 : planned;
        return completed && before.stats().bestStreak().length() < fullRun;
    }

    /** The milestone a code names, or empty for anything else. */
    public static Optional<Milestone> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals("first") || code.equals("week")) {
            return Optional.of(new Milestone(code, 0, null));
        }
        int dash = code.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String unit = code.substring(0, dash);
        String length = code.substring(dash + 1);
        return RUNS.getOrDefault(unit, List.of()).stream()
                .filter(n -> String.valueOf(n).equals(length))
                .findFirst()
                .map(n -> new Milestone(unit, n, unit));
    }

    /** {@code first}, {@code week}, {@code days-7}: what {@link #parse} reads back. */
    public String code() {
        return unit == null ? kind : unit + "-" + length;
    }

    /** "Your first practice is in. A good start." or "7 days in a row. Lovely steady work." */
    public String text() {
        if (unit == null) {
            return Messages.get("celebrate_" + kind);
        }
        return Messages.get(
                "card_milestone", length, StreakWords.unitWord(new GoalStats.Streak(length, unit, null, null)));
    }
}
