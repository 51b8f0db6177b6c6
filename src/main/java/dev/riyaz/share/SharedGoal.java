package dev.riyaz.share;

import java.time.LocalDate;
import java.util.List;

import dev.riyaz.goal.GoalView;
import dev.riyaz.progress.StreakWords;

/**
 * What the public page of a shared goal shows, and nothing more: no email, no name, no other goal. Notes and links are
 * empty unless the owner ticked them.
 *
 * @param heatmap the year heatmap as SVG markup, safe to insert raw
 * @param streak the run in words: the current streak tile, or the last one, and the sentence that leads the page
 * @param strength the habit strength in percent, 0 to 100
 */
public record SharedGoal(
        GoalView goal,
        LocalDate today,
        String heatmap,
        StreakWords streak,
        String bestStreak,
        long strength,
        boolean showNotes,
        List<Note> notes,
        boolean showLinks,
        List<Link> links) {

    /** The note of one practice entry. */
    public record Note(LocalDate date, String text) {}

    /** A resource the goal is practised with: its title (or site) and address. */
    public record Link(String title, String url) {}
}
