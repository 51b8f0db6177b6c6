package dev.riyaz.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.AppConfig;

/** Turns a row of the outbox into the message the mail server gets: sender, headers, both bodies. */
@ApplicationScoped
class MailMessages {

    private final MailConfig config;
    private final String messageIdDomain;

    MailMessages(MailConfig config, AppConfig app) {
        this.config = config;
        this.messageIdDomain = java.net.URI.create(app.baseUrl()).getHost();
    }

    io.quarkus.mailer.Mail message(OutboxMail row) {
        io.quarkus.mailer.Mail mail = new io.quarkus.mailer.Mail()
                .addTo(row.to)
                .setFrom(config.from())
                .setSubject(HeaderWords.encode(row.subject))
                .setText(row.text)
                .setHtml(row.html)
                .addHeader("Message-ID", messageId(row.dedupeKey));
        config.replyTo().filter(address -> !address.isBlank()).ifPresent(mail::setReplyTo);
        if (row.unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + row.unsubscribeUrl + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** The same occurrence always gets the same Message-ID, so a receiver can tell a repeat from a new mail. */
    String messageId(String dedupeKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + messageIdDomain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
