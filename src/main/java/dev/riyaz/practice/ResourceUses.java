package dev.riyaz.practice;

import java.util.List;

import dev.riyaz.common.Choice;

/**
 * What practice needs from the resource library, which implements it: whether an entry may name a resource, and
 * keeping a resource's use count and last use in step with the entries that name it.
 */
public interface ResourceUses {

    /** True when the resource exists and belongs to this owner. */
    boolean owns(long ownerId, long resourceId);

    /**
     * The owner's resources to pick from when logging practice (not finished ones, plus {@code current} if set), as
     * id and title, most recently used first.
     */
    List<Choice> choices(long ownerId, Long current);

    /**
     * Practice naming the resource was logged, changed or deleted (and flushed): count its practice again and work
     * out its last use; practice done with a resource still "to do" starts it.
     */
    void refresh(long ownerId, long resourceId, boolean started);
}
