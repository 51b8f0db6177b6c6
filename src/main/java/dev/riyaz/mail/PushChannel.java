package dev.riyaz.mail;

import java.util.List;

/**
 * Sends the outbox's push rows: the push room implements it (it sits above mail, so the outbox knows it only by this
 * door). The outbox's sender leases rows of both channels alike and hands the push rows here, outside any transaction.
 */
public interface PushChannel {

    /** Sends each row and says how it went, one {@link Delivery} per row in the same order; never throws. */
    List<Delivery> send(List<OutboxMail> rows);
}
