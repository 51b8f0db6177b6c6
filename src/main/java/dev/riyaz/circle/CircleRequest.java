package dev.riyaz.circle;

/**
 * A new circle, or the fields to change of one (PATCH: null leaves a field as it is).
 *
 * @param requiresApproval whether people who join by a link wait for an organiser's approval
 */
public record CircleRequest(String name, String description, Boolean requiresApproval) {}
