package dev.riyaz.mail;

/**
 * A rendered mail to queue.
 *
 * @param dedupeKey names the occurrence, e.g. {@code r:12:2027-03-14:08:00}; the same key is queued only once
 * @param unsubscribeUrl the one-click unsubscribe link for the List-Unsubscribe header, or null
 */
public record Mail(
        long ownerId,
        String dedupeKey,
        String kind,
        Long reminderId,
        String to,
        String subject,
        String text,
        String html,
        String unsubscribeUrl)
        implements Outgoing {}
