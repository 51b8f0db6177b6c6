package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.Choice;
import dev.riyaz.practice.ResourceUses;

/** Keeps each resource's practice count and last use in step with the practice entries that name it. */
@ApplicationScoped
class ResourceUseTracker implements ResourceUses {

    @Override
    public boolean owns(long ownerId, long resourceId) {
        return Resource.findForOwner(ownerId, resourceId).isPresent();
    }

    @Override
    public void used(long ownerId, long resourceId, Instant at) {
        Resource.findForOwner(ownerId, resourceId).ifPresent(resource -> {
            if (resource.lastUsedAt == null || resource.lastUsedAt.isBefore(at)) {
                resource.lastUsedAt = at;
            }
            if (resource.status == Resource.Status.todo) {
                resource.status = Resource.Status.active;
            }
            resource.practiceCount = count(ownerId, resourceId);
        });
    }

    @Override
    public List<Choice> choices(long ownerId, Long current) {
        return Resource.<Resource>list(
                        "ownerId = ?1 and (status <> ?2 or id = ?3) order by case when lastUsedAt is null then 1 else 0 end, lastUsedAt desc, lower(title)",
                        ownerId,
                        Resource.Status.done,
                        current == null ? -1L : current)
                .stream()
                .map(r -> new Choice(String.valueOf(r.id), r.title))
                .toList();
    }

    @Override
    public void recount(long ownerId, long resourceId) {
        Resource.findForOwner(ownerId, resourceId)
                .ifPresent(resource -> resource.practiceCount = count(ownerId, resourceId));
    }

    private static int count(long ownerId, long resourceId) {
        return Resource.getEntityManager()
                .createQuery(
                        "select count(e) from PracticeEntry e where e.ownerId = ?1 and e.resourceId = ?2", Long.class)
                .setParameter(1, ownerId)
                .setParameter(2, resourceId)
                .getSingleResult()
                .intValue();
    }
}
