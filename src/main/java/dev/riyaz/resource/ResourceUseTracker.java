package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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
        return Resource.<Resource>list(
                        "ownerId = ?1 and (status <> ?2 or id = ?3) "
                                + "order by case when lastUsedAt is null then 1 else 0 end, lastUsedAt desc, lower(title)",
                        ownerId,
                        Resource.Status.done,
                        current == null ? -1L : current)
                .stream()
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
            Resource.getEntityManager().lock(resource, LockModeType.PESSIMISTIC_WRITE);
            Object[] done = Resource.getEntityManager()
                    .createQuery(
                            "select count(e), max(e.createdAt) from PracticeEntry e "
                                    + "where e.ownerId = ?1 and e.resourceId = ?2 and e.status = ?3",
                            Object[].class)
                    .setParameter(1, ownerId)
                    .setParameter(2, resourceId)
                    .setParameter(3, PracticeEntry.Status.done)
                    .getSingleResult();
            resource.practiceCount = ((Long) done[0]).intValue();
            resource.lastUsedAt = latest((Instant) done[1], resource.lastStepAt);
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
