package dev.riyaz.circle;

import java.util.List;

/**
 * What the circle page shows: this week at a glance (each member's shared goals as a row of the week's seven days), the
 * circle's practice days this week, its year heatmap and who is new. Members in order of their names: no ranking.
 *
 * @param heatmap the year heatmap as SVG markup made from counts and dates only (no text anyone typed)
 * @param practiceDays how many member-days this week had practice on a shared goal that counted
 * @param waiting how many people wait for approval (shown to organisers only; 0 for others)
 */
public record CirclePage(
        CircleView circle,
        List<Day> week,
        List<Row> members,
        int practiceDays,
        String heatmap,
        String heatmapSummary,
        List<String> newcomers,
        int waiting,
        String notice) {

    /** A day of the week's header: "Mon", and "Mon 7 Dec" for screen readers. */
    public record Day(String shortName, String title, boolean today) {}

    /** A member and their shared goals. */
    public record Row(long userId, String displayName, String role, boolean isNew, List<GoalRow> goals) {

        public boolean leads() {
            return !"member".equals(role);
        }
    }

    /** A shared goal this week: seven cells, "3 of 5 days", and its run in words. */
    public record GoalRow(String title, List<Cell> days, String weekWords, String runWords) {}

    /**
     * One day of one goal: {@code state} is {@code done} (counted), {@code some} (practice, not yet enough),
     * {@code rest} (a day off), {@code none} or {@code later} (still to come); {@code letter} is the weekday's first letter and {@code title} says it in words.
     */
    public record Cell(String state, String letter, String title) {}

    public boolean empty() {
        return members.stream().allMatch(row -> row.goals().isEmpty());
    }
}
