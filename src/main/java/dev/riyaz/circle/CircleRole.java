package dev.riyaz.circle;

/** What a member may do in a circle, lowest first: each role may do what the ones before it may. */
public enum CircleRole {
    member,
    organiser,
    owner;

    /** Whether this role may do what {@code needed} may. */
    boolean atLeast(CircleRole needed) {
        return compareTo(needed) >= 0;
    }
}
