package dev.riyaz.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalView;
import dev.riyaz.goal.Units;

/**
 * How a goal's run is put in words, the same on Today, the goal page, the shared page, the badge and the weekly
 * review. It respects history: with no current run it leads with what the person has (total time, or habit strength)
 * and names the last run and when it ended; "a fresh start" is only for a goal nobody has practised yet. Weekly and
 * monthly goals say where the period in progress stands ("2 of 5 days this week · 3 more days keep your 3-week run
 * going").
 *
 * @param today what is known about today: done, planned and still open, or not known (shared page, mails)
 */
public record StreakWords(GoalView goal, GoalStats stats, Today today) {

    /** Today's state as far as the words need it. */
    public enum Today {
        DONE,
        OPEN,
        UNKNOWN
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The words for a card on Today. */
    public static StreakWords of(GoalToday item) {
        Today today = item.counts() ? Today.DONE : item.due() && !item.skipped() ? Today.OPEN : Today.UNKNOWN;
        return new StreakWords(item.goal(), item.stats(), today);
    }

    /** The words where today's state is not the point (goal page tile, shared page, badge, mails). */
    public static StreakWords of(GoalView goal, GoalStats stats) {
        return new StreakWords(goal, stats, Today.UNKNOWN);
    }

    /** Whether the goal was ever practised: a run, some strength or some amount. */
    public boolean hasHistory() {
        return stats.bestStreak().length() > 0
                || stats.score() > 0
                || stats.totals().allTime().signum() > 0
                || last().length() > 0;
    }

    public boolean running() {
        return stats.currentStreak().length() > 0;
    }

    /** The one status sentence, e.g. "12 days in a row, today included" or "60 hours so far · last run ...". */
    public String sentence() {
        if (!hasHistory()) {
            return Messages.get("streak_fresh_" + unit());
        }
        if (running()) {
            return period() ? runningPeriod() : runningDays();
        }
        List<String> parts = new ArrayList<>();
        parts.add(lead());
        if (period() && left() > 0 && counted() > 0) {
            parts.add(Messages.get("streak_period_so_far_" + unit(), counted(), quota()));
        }
        if (last().length() > 0) {
            parts.add(lastRun());
        }
        return String.join(" · ", parts);
    }

    /** True when {@link #sentence()} names habit strength, so a page can link to what it means. */
    public boolean mentionsStrength() {
        return hasHistory() && !running() && total() == null;
    }

    /** The badge's right half: "12-day streak", else the total or the strength, else "just started". */
    public String badge() {
        if (running()) {
            return Messages.get(
                    "share_badge_" + unit(),
                    String.valueOf(stats.currentStreak().length()));
        }
        if (!hasHistory()) {
            return Messages.get("share_badge_none");
        }
        String total = total();
        return total == null
                ? Messages.get("share_badge_strength", percent())
                : Messages.get("share_badge_total", total);
    }

    /** The weekly review's streak part: "streak 3 weeks", "last run 12 days, ended Tue 3 Mar", "a fresh start". */
    public String review() {
        if (running()) {
            return Messages.get("review_streak", stats.currentStreak().length(), unitWord(stats.currentStreak()));
        }
        return last().length() > 0 ? lastRun() : Messages.get("review_no_streak");
    }

    /** The goal page's streak tile label: "Current streak", or "Last streak" when the run is 0 but there was one. */
    public String tileLabel() {
        return !running() && last().length() > 0 ? Messages.get("streak_tile_last") : Messages.get("goal_page_streak");
    }

    /**
     * The goal page's streak tile value: "12 days", "3 weeks, ended Sun 1 Mar", "First week under way" once a weekly
     * goal's first week has a day that counted, or "Not started".
     */
    public String tileValue() {
        if (running()) {
            return length(stats.currentStreak());
        }
        if (last().length() > 0) {
            return Messages.get("streak_tile_ended", length(last()), date(last().end()));
        }
        if (period() && counted() > 0) {
            return Messages.get("streak_tile_first_" + unit());
        }
        return Messages.get("streak_tile_none");
    }

    private String runningDays() {
        int length = stats.currentStreak().length();
        return switch (today) {
            case DONE -> Messages.get("streak_done_days", length);
            case OPEN -> Messages.get("streak_open_days", length + 1, length);
            default -> Messages.get("streak_running_days", length);
        };
    }

    private String runningPeriod() {
        int length = stats.currentStreak().length();
        int left = left();
        if (left == 0) {
            return Messages.get("streak_period_done_" + unit(), length);
        }
        String keeps = Messages.get("streak_period_keeps_" + unit(), left, length);
        return counted() > 0
                ? Messages.get("streak_period_so_far_" + unit(), counted(), quota()) + " · " + keeps
                : keeps;
    }

    private String lead() {
        String total = total();
        return total == null ? Messages.get("streak_strength", percent()) : Messages.get("streak_total", total);
    }

    private String lastRun() {
        return Messages.get("streak_last_run", length(last()), date(last().end()));
    }

    /** The current run while it lasts, else the last one (the best one for stats cached before runs were kept). */
    private GoalStats.Streak last() {
        return stats.lastStreak() == null ? stats.bestStreak() : stats.lastStreak();
    }

    /** "60 hours", "2.5 hours", "45 minutes", "120 pages"; null for check goals or nothing measured. */
    String total() {
        BigDecimal total = stats.totals().allTime();
        if (goal.dailyTarget() == null || total.signum() <= 0) {
            return null;
        }
        String unit = goal.unit() == null ? "" : goal.unit().strip();
        if (unit.toLowerCase(Locale.ROOT).startsWith("min") && total.compareTo(BigDecimal.valueOf(120)) >= 0) {
            int decimals = total.compareTo(BigDecimal.valueOf(600)) < 0 ? 1 : 0;
            BigDecimal hours = total.divide(BigDecimal.valueOf(60), decimals, RoundingMode.HALF_UP);
            return Messages.get("streak_hours", hours.stripTrailingZeros().toPlainString());
        }
        return (Units.plain(total) + " " + Units.unitFor(total, unit)).strip();
    }

    private long percent() {
        return Math.round(stats.score() * 100);
    }

    private boolean period() {
        String type = goal.schedule().type();
        return type.equals("weekly") || type.equals("monthly");
    }

    private int quota() {
        Integer times = goal.schedule().times();
        return times == null ? 1 : times;
    }

    private int left() {
        return stats.remaining().thisPeriod().intValue();
    }

    private int counted() {
        return Math.max(0, quota() - left());
    }

    /** days, weeks or months: the unit of the goal's runs. */
    private String unit() {
        return switch (goal.schedule().type()) {
            case "weekly" -> "weeks";
            case "monthly" -> "months";
            default -> "days";
        };
    }

    private String date(LocalDate day) {
        return day.getYear() == stats.on().getYear() ? DAY.format(day) : DAY_IN_YEAR.format(day);
    }

    /** "1 day", "12 days", "3 weeks". */
    static String length(GoalStats.Streak streak) {
        return streak.length() + " " + unitWord(streak);
    }

    /** "day" or "days", "week" or "weeks": the streak's unit as its length needs it. */
    static String unitWord(GoalStats.Streak streak) {
        String unit = streak.unit();
        return streak.length() == 1 ? unit.substring(0, unit.length() - 1) : unit;
    }
}
