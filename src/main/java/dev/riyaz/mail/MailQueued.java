package dev.riyaz.mail;

/** Fired after a transaction queued mail, so this node's sender starts at once instead of at its next round. */
public record MailQueued(int count) {}
