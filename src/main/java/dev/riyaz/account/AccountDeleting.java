package dev.riyaz.account;

/**
 * Fired inside the transaction that deletes an account, after the password was checked and before the account's own
 * rows (sessions, tokens, known browsers, failed log-ins, the person) go. Each room that keeps rows for a person
 * observes it and deletes them, so no room reaches into another's tables. Rooms higher up go first, since their rows
 * point at the ones below: an observer's {@code @Priority} is {@code 100 - level}, with the room's level in
 * docs/ARCHITECTURE.md (circle, share, calendar and transfer 91, reminder 92, resource 93, progress 94, practice 95, goal and push 96,
 * mail 97). Whatever a room might miss, the database's {@code on delete cascade} keys still remove with the person.
 */
public record AccountDeleting(long userId, String email) {}
