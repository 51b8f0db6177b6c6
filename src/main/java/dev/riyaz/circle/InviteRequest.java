package dev.riyaz.circle;

/**
 * A new invite link: how many days it works (1..30, 7 when left out) and how many people may join with it (1..500, 25
 * when left out).
 */
public record InviteRequest(Integer expiresInDays, Integer uses) {}
