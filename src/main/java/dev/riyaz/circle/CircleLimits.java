package dev.riyaz.circle;

/** The bounds on everything a person can make or ask for in circles (API.md, Circles, "Limits"). */
final class CircleLimits {

    /** Circles one person may be in (or be waiting for) at once. */
    static final int CIRCLES_PER_PERSON = 50;

    /** People in one circle, members and those waiting for approval together. */
    static final int MEMBERS_PER_CIRCLE = 500;

    /** Invite links of one circle that were not revoked (working, expired or used up). */
    static final int INVITES_PER_CIRCLE = 50;

    /** Goals one member may share with one circle. */
    static final int SHARES_PER_MEMBER = 50;

    static final int MIN_EXPIRY_DAYS = 1;
    static final int MAX_EXPIRY_DAYS = 30;
    static final int DEFAULT_EXPIRY_DAYS = 7;
    static final int MIN_USES = 1;
    static final int MAX_USES = 500;
    static final int DEFAULT_USES = 25;

    /** Days after joining that a member is shown as new on the circle page. */
    static final int NEW_FOR_DAYS = 14;

    private CircleLimits() {}
}
