package dev.riyaz.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The mail that reached the test SMTP server for one address, read the way a mail program shows it. */
public final class Inbox {

    /** One received mail: subject, plain text and HTML parts, and the raw message for its headers. */
    public record Received(String subject, String text, String html, MimeMessage message) {

        public String header(String name) {
            try {
                String value = message.getHeader(name, ", ");
                return value == null ? null : value.replaceAll("\\r?\\n\\s*", " ");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The path of the first link in the text part that starts with {@code base + prefix}. */
        public String link(String prefix) {
            return Inbox.link(text, prefix);
        }
    }

    private Inbox() {}

    /** The path of the first link in a mail's text that starts with {@code base + prefix}. */
    static String link(String text, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote("https://riyaz.example" + prefix) + "[A-Za-z0-9_.\\-]+")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link " + prefix + " in:\n" + text);
        }
        return m.group().substring("https://riyaz.example".length());
    }

    public static List<Received> of(String address) {
        List<Received> found = new ArrayList<>();
        for (MimeMessage message : SmtpServer.get().getReceivedMessages()) {
            try {
                boolean ours = Arrays.stream(message.getAllRecipients())
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
                if (ours) {
                    found.add(read(message));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static Received read(MimeMessage message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = part.getContent().toString();
                } else if (part.isMimeType("text/html")) {
                    html = part.getContent().toString();
                }
            }
        } else if (message.isMimeType("text/html")) {
            html = content.toString();
        } else {
            text = content.toString();
        }
        return new Received(message.getSubject(), lines(text), lines(html), message);
    }

    /** Mail travels with CRLF line ends; tests compare with plain newlines. */
    private static String lines(String part) {
        return part == null ? null : part.replace("\r\n", "\n");
    }
}
