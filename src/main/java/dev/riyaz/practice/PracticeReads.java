package dev.riyaz.practice;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Practice other features read: the export, the dashboard's newest entries, what was done with a resource. */
@ApplicationScoped
public class PracticeReads {

    /** Practice done with one resource, per goal: how many sessions and how much. */
    public record UseTotal(long goalId, long sessions, BigDecimal amount) {}

    /**
     * The owner's entries after {@code afterId}, oldest first, a page at a time for exports: read-only and let go
     * of once read, so a long history streams without filling memory.
     */
    public List<EntryView> exportPage(long ownerId, long afterId, int size) {
        List<EntryView> page = views(PracticeEntry.listForOwnerAfter(ownerId, afterId, size));
        PracticeEntry.getEntityManager().clear();
        return page;
    }

    /** The owner's newest entries, read by index so the cost does not grow with years of history. */
    @Transactional
    public List<EntryView> recent(long ownerId, int count) {
        return views(PracticeEntry.listNewestForOwner(ownerId, count));
    }

    /** The owner's newest practice that named this resource. */
    @Transactional
    public List<EntryView> usedWith(long ownerId, long resourceId, int count) {
        return views(PracticeEntry.listNewestForResource(ownerId, resourceId, count));
    }

    /** Sessions and amounts done with this resource, per goal. */
    @Transactional
    public List<UseTotal> useTotals(long ownerId, long resourceId) {
        return PracticeEntry.listUseTotalsForResource(ownerId, resourceId);
    }

    private static List<EntryView> views(List<PracticeEntry> entries) {
        return entries.stream().map(EntryView::of).toList();
    }
}
