package dev.riyaz.account;

/**
 * Fired inside the transaction that created an account or changed its zone, day-start hour or other settings, so
 * that what depends on them (the times reminders fire) follows at once.
 */
public record AccountChanged(long userId) {}
