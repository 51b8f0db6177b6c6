package dev.riyaz.progress;

/**
 * One goal on the Progress page: days that counted in the last 4 weeks against the 4 weeks before, and a small
 * picture of the last 12 weeks ({@code sparkline}, SVG safe to insert raw). {@code practised} is false for a goal
 * with no practice logged yet, which offers its first practice instead.
 */
public record GoalTrend(long goalId, String title, boolean practised, int recent, int before, String sparkline) {

    /** Which way the last 4 weeks went: "up", "down", "same", or "quiet" when neither had a day that counted. */
    public String direction() {
        if (recent == 0 && before == 0) {
            return "quiet";
        }
        return recent > before ? "up" : recent < before ? "down" : "same";
    }
}
