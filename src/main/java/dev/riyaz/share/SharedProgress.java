package dev.riyaz.share;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.progress.GoalPage;
import dev.riyaz.progress.GoalStats;
import dev.riyaz.progress.ProgressService;
import dev.riyaz.progress.StreakWords;
import dev.riyaz.resource.ResourceService;
import dev.riyaz.resource.ResourceView;

/**
 * The public side of a shared goal, for anyone holding a working link: its progress page and its badge. The token
 * finds the owner and the goal; everything after that is read as the owner, scoped to that one goal.
 */
@ApplicationScoped
class SharedProgress {

    /** How many notes of recent practice a page shows at most. */
    static final int NOTES = 10;

    private final ProgressService progress;
    private final GoalService goals;
    private final ResourceService resources;

    SharedProgress(ProgressService progress, GoalService goals, ResourceService resources) {
        this.progress = progress;
        this.goals = goals;
        this.resources = resources;
    }

    /** The page behind a working link; empty for an unknown, replaced or stopped one. */
    @Transactional
    public Optional<SharedGoal> page(String token) {
        return ShareLink.findActive(token).map(this::page);
    }

    /** The badge's SVG behind a working link; empty for an unknown, replaced or stopped one. */
    @Transactional
    public Optional<String> badge(String token) {
        return ShareLink.findActive(token).map(link -> {
            GoalStats stats = progress.stats(owner(link), link.goalId, null);
            GoalView goal = goals.get(link.ownerId, link.goalId);
            return Badge.svg(goal.title(), StreakWords.of(goal, stats).badge());
        });
    }

    private SharedGoal page(ShareLink link) {
        GoalPage page = progress.page(owner(link), link.goalId, null);
        GoalStats stats = page.stats();
        List<SharedGoal.Note> notes = link.showNotes
                ? page.entries().stream()
                        .filter(entry -> entry.note() != null && !entry.note().isBlank())
                        .limit(NOTES)
                        .map(entry -> new SharedGoal.Note(entry.date(), entry.note()))
                        .toList()
                : List.of();
        return new SharedGoal(
                page.goal(),
                page.today(),
                page.heatmap(),
                page.streakWords(),
                page.length(stats.bestStreak()),
                page.scorePercent(),
                link.showNotes,
                notes,
                link.showResources,
                link.showResources ? links(link) : List.of());
    }

    private List<SharedGoal.Link> links(ShareLink link) {
        var filter = new ResourceService.Filter(link.goalId, "active", null, null, null, null);
        return resources.list(link.ownerId, filter).stream()
                .map(SharedProgress::link)
                .toList();
    }

    private static SharedGoal.Link link(ResourceView resource) {
        String title = resource.title() == null || resource.title().isBlank() ? resource.site() : resource.title();
        return new SharedGoal.Link(title, resource.url());
    }

    /** The owner, as the progress rules need them (time zone, first day of the week); the row exists by foreign key. */
    private static AuthenticatedUser owner(ShareLink link) {
        User user = User.findById(link.ownerId);
        return AuthenticatedUser.of(user, null);
    }
}
