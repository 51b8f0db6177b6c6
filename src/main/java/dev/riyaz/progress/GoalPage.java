package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.List;

import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;

/** Everything the goal page shows about one goal. */
public record GoalPage(
        GoalView goal,
        GoalStats stats,
        LocalDate today,
        MonthCalendar calendar,
        GoalPictures.Pictures pictures,
        List<EntryView> entries,
        GoalToday now,
        long entryCount,
        int entryPage,
        int entrySize) {

    /** Practice rows the goal page shows before "Show all". */
    public static final int RECENT_ENTRIES = 5;

    /** Practice rows on one page of "Show all". */
    public static final int ALL_ENTRIES_PAGE = 50;

    /** True when the page shows the whole practice list (page by page) rather than the latest few. */
    public boolean allEntries() {
        return entrySize != RECENT_ENTRIES;
    }

    /** More practice than shown in the short list: offer "Show all". */
    public boolean moreEntries() {
        return !allEntries() && entryCount > entries.size();
    }

    /** On "Show all": an older page exists. */
    public boolean olderEntries() {
        return allEntries() && (long) (entryPage + 1) * entrySize < entryCount;
    }

    /** On "Show all": a newer page exists. */
    public boolean newerEntries() {
        return allEntries() && entryPage > 0;
    }

    public int newerPage() {
        return entryPage - 1;
    }

    public int olderPage() {
        return entryPage + 1;
    }

    /** Days that counted this week, "3 days" ("1 day", "0 days"). */
    public String weekDays() {
        int counted = now.week().counted();
        return tight(dev.riyaz.common.Messages.get("goal_page_days", counted));
    }

    /** "9 h 40 min" with each number held to its unit, so a tile breaks between parts, never inside one. */
    public String tight(String text) {
        return text == null ? null : text.replaceAll("(\\d) ", "$1\u00A0");
    }

    /** "Tuesday", or null before any practice counted. */
    public String bestWeekday() {
        return stats.bestWeekday() == null
                ? null
                : stats.bestWeekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    /** The year heatmap's SVG markup, safe to insert raw (for pages outside this package, such as a shared goal). */
    public String heatmap() {
        return pictures.heatmap();
    }

    public long scorePercent() {
        return Math.round(stats.score() * 100);
    }

    /**
     * The run in words for this page: {@code page.streakWords.tileLabel} and {@code page.streakWords.tileValue} for
     * the streak tile ("Current streak 12 days", or "Last streak 3 weeks, ended Sun 1 Mar" when the run is 0), and
     * {@code page.streakWords.sentence} for one line that respects history.
     */
    public StreakWords streakWords() {
        return StreakWords.of(goal, stats);
    }

    /** "5 days", "1 week". */
    public String length(GoalStats.Streak streak) {
        return streak.length() + " " + unitWord(streak);
    }

    /** "day" or "days", "week" or "weeks": the streak's unit as its length needs it. */
    public static String unitWord(GoalStats.Streak streak) {
        String unit = streak.unit();
        return streak.length() == 1 ? unit.substring(0, unit.length() - 1) : unit;
    }

    public long percent(double share) {
        return Math.round(share * 100);
    }
}
