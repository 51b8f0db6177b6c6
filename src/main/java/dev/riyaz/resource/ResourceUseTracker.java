package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.Choice;
import dev.riyaz.practice.PracticeEntry;
import dev.riyaz.practice.ResourceUses;

/** Keeps each resource's practice count and last use in step with the practice entries that name it. */
@ApplicationScoped
class ResourceUseTracker implements ResourceUses {

    @Override
    public boolean owns(long ownerId, long resourceId) {
        return Resource.findForOwner(ownerId, resourceId).isPresent();
    }

    @Override
    public List<Choice> choices(long ownerId, Long current) {
        return Resource.listUnfinishedForOwner(ownerId, current).stream()
                .map(r -> new Choice(String.valueOf(r.id), r.title))
                .toList();
    }

    /**
     * Locks the resource first, so practice logged at the same moment with it is counted one after the other and
     * each count sees the other's entry.
     */
    @Override
    public void refresh(long ownerId, long resourceId, boolean started) {
        Resource.findForOwner(ownerId, resourceId).ifPresent(resource -> {
            resource.lock();
            PracticeEntry.Uses uses = PracticeEntry.usesOfResource(ownerId, resourceId);
            resource.practiceCount = uses.done();
            resource.lastUsedAt = latest(uses.last(), resource.lastStepAt);
            if (started && resource.status == Resource.Status.todo) {
                resource.status = Resource.Status.active;
            }
        });
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
