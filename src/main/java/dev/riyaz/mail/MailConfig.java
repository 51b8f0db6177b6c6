package dev.riyaz.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for reminder mail ({@code riyaz.mail.*}); the SMTP connection itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "riyaz.mail")
public interface MailConfig {

    /** The SMTP server's host; without one, mail is kept and shown on the Mail page instead of sent. */
    Optional<String> smtpHost();

    /** The sender of every mail, e.g. {@code Riyaz <riyaz@example.org>}. */
    @WithDefault("Riyaz <riyaz@localhost>")
    String from();

    Optional<String> replyTo();

    /**
     * The old name of {@code riyaz.app.base-url}, read there ({@code common.AppConfig}) when {@code RIYAZ_BASE_URL} is
     * not set. It stays here only so that a server that still sets it starts: a mapping refuses names under its
     * prefix that it does not know.
     */
    @Deprecated
    Optional<String> baseUrl();

    /** Signs the links in mail; when unset, a random key is made once and kept in the database. */
    Optional<String> secret();

    /** A reminder found due later than this after its time (the server was down) is dropped, not sent. */
    @WithDefault("PT2H")
    Duration grace();

    /** Reminders claimed per database transaction. */
    @WithDefault("500")
    int dispatchBatch();

    /** Mails claimed at a time by a sender. */
    @WithDefault("500")
    int sendBatch();

    /** The first wait after a failed send; each further failure doubles it, up to {@link #retryMax()}. */
    @WithDefault("PT1M")
    Duration retryFirst();

    @WithDefault("PT30M")
    Duration retryMax();

    /** After this long without success a mail is given up and shown as failed. */
    @WithDefault("P3D")
    Duration giveUpAfter();

    /** How long one SMTP send may take before it counts as failed. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** Mail being sent by a node is left alone this long; if the node died, another sends it afterwards. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often the reminder dispatcher runs (a duration like {@code 10s}, or {@code off}). */
    @WithDefault("10s")
    String dispatchEvery();

    /** How often a sender looks for mail to retry (new mail is sent at once); {@code off} in tests. */
    @WithDefault("15s")
    String sendEvery();

    /** How long after start the first runs wait. */
    @WithDefault("5s")
    String dispatchDelay();

    default boolean sends() {
        return smtpHost().filter(host -> !host.isBlank()).isPresent();
    }
}
