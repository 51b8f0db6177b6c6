package dev.riyaz.practice;

import java.time.Instant;

/**
 * What practice needs from the resource library, which implements it: whether an entry may name a resource, and
 * keeping a resource's use count and last use in step with the entries that name it.
 */
public interface ResourceUses {

    /** True when the resource exists and belongs to this owner. */
    boolean owns(long ownerId, long resourceId);

    /** An entry naming the resource was logged at {@code at}; entries are flushed before this is called. */
    void used(long ownerId, long resourceId, Instant at);

    /**
     * The owner's resources to pick from when logging practice (not finished ones, plus {@code current} if set), as
     * id and title, most recently used first.
     */
    java.util.List<dev.riyaz.common.Choice> choices(long ownerId, Long current);

    /** Entries naming the resource were changed or deleted: count them again. */
    void recount(long ownerId, long resourceId);
}
