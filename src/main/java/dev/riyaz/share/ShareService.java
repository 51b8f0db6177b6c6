package dev.riyaz.share;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.common.ApiException;
import dev.riyaz.goal.GoalService;

/**
 * The owner's side of sharing a goal: turn the public link on, choose what it shows, replace it, stop it. Every method
 * first finds the goal among the owner's goals (404 otherwise) and locks it, so two clicks at once still leave one
 * link per goal.
 */
@ApplicationScoped
class ShareService {

    /** A goal's public link as the owner sees it; {@code token} is null when sharing is off. */
    public record ShareView(String token, boolean showNotes, boolean showResources, Instant createdAt) {

        public boolean sharing() {
            return token != null;
        }
    }

    private final GoalService goals;
    private final Clock clock;

    ShareService(GoalService goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    /** The goal's link, or an empty view when it is not shared. */
    @Transactional
    public ShareView get(long ownerId, long goalId) {
        goals.find(ownerId, goalId);
        return ShareLink.findForGoal(ownerId, goalId)
                .filter(ShareLink::active)
                .map(ShareService::view)
                .orElse(new ShareView(null, false, false, null));
    }

    /** Turns sharing on with a new link, or, when it is on, changes what the page shows and keeps the link. */
    @Transactional
    public ShareView share(long ownerId, long goalId, boolean showNotes, boolean showResources) {
        goals.findForUpdate(ownerId, goalId);
        ShareLink link = ShareLink.findForGoal(ownerId, goalId).orElseGet(() -> fresh(ownerId, goalId));
        if (!link.active() || link.token == null) {
            link.newToken(clock.instant());
        }
        link.showNotes = showNotes;
        link.showResources = showResources;
        link.persist();
        return view(link);
    }

    /** A new link in place of the old one, which stops working at once. Sharing must be on. */
    @Transactional
    public ShareView renew(long ownerId, long goalId) {
        ShareLink link = activeLink(ownerId, goalId);
        link.newToken(clock.instant());
        return view(link);
    }

    /** Stops sharing: the link and badge answer 404 from now on. Stopping twice is fine. */
    @Transactional
    public void stop(long ownerId, long goalId) {
        goals.findForUpdate(ownerId, goalId);
        ShareLink.findForGoal(ownerId, goalId)
                .filter(ShareLink::active)
                .ifPresent(link -> link.revokedAt = clock.instant());
    }

    private ShareLink activeLink(long ownerId, long goalId) {
        goals.findForUpdate(ownerId, goalId);
        Optional<ShareLink> link = ShareLink.findForGoal(ownerId, goalId).filter(ShareLink::active);
        return link.orElseThrow(() -> new ApiException(409, "Conflict", "This goal is not shared at the moment."));
    }

    private static ShareLink fresh(long ownerId, long goalId) {
        ShareLink link = new ShareLink();
        link.ownerId = ownerId;
        link.goalId = goalId;
        return link;
    }

    private static ShareView view(ShareLink link) {
        return new ShareView(link.token, link.showNotes, link.showResources, link.createdAt);
    }
}
