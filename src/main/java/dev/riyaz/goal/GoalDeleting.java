package dev.riyaz.goal;

/** Fired inside the transaction just before a goal and everything logged for it are deleted. */
public record GoalDeleting(long ownerId, long goalId) {}
