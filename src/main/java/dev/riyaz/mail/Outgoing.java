package dev.riyaz.mail;

/**
 * Something to queue in the outbox: a {@link Mail} or a {@link PushRow}. Both go through the same rows, lease, retries
 * and health; {@code dedupeKey} names the occurrence (and, for a push, the device), so it is queued once.
 */
public sealed interface Outgoing permits Mail, PushRow {

    long ownerId();

    String dedupeKey();
}
