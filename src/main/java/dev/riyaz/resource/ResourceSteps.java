package dev.riyaz.resource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;

/** Moving through a resource: the one-click "+1", and the pace the figures of the last weeks give. */
@ApplicationScoped
public class ResourceSteps {

    private final ResourceService resources;
    private final Clock clock;

    ResourceSteps(ResourceService resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Moves progress on by {@code by} parts (never past the length or below 0); reaching the length marks it done. A
     * step is a use, so the next resource becomes today's pick.
     */
    @Transactional
    public ResourceView step(AuthenticatedUser owner, long id, int by) {
        Resource resource = resources.find(owner.id(), id);
        resource.lock();
        int now = (resource.progress == null ? 0 : resource.progress) + by;
        if (resource.length != null) {
            now = Math.min(now, resource.length);
        }
        resource.progress = Math.max(0, Math.min(now, ResourceRules.PARTS_MAX));
        if (resource.length != null && resource.progress.equals(resource.length)) {
            resource.status = Resource.Status.done;
        } else if (resource.status == Resource.Status.todo) {
            resource.status = Resource.Status.active;
        }
        resource.lastStepAt = clock.instant();
        resource.lastUsedAt = resource.lastStepAt;
        ResourceProgress.recordOf(resource, owner.today(clock));
        return resources.view(resource);
    }

    /** The pace through this resource and its projected finish, if it has a length and recent progress. */
    @Transactional
    public Optional<Pace> pace(AuthenticatedUser owner, long id) {
        Resource resource = resources.find(owner.id(), id);
        List<Pace.Point> history = ResourceProgress.history(id).stream()
                .map(p -> new Pace.Point(p.date, p.progress))
                .toList();
        return Pace.of(history, resource.progress, resource.length, owner.today(clock));
    }
}
