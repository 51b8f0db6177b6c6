package dev.riyaz.reminder;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.AppConfig;
import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.mail.LinkTokens.Claim;

/** The absolute, signed links that mails carry. */
@ApplicationScoped
class MailLinks {

    private final LinkTokens tokens;
    private final String base;

    MailLinks(LinkTokens tokens, AppConfig app) {
        this.tokens = tokens;
        this.base = app.baseUrl().replaceAll("/+$", "");
    }

    String log(long userId, long goalId, LocalDate day) {
        return base + MailRoutes.log(tokens.sign(new Claim(Action.log, userId, goalId, day.toString())));
    }

    /** The address a push notification's Done button posts to: logs the goal's practice for that day. */
    String pushLog(long userId, long goalId, LocalDate day) {
        return base + MailRoutes.pushLog(tokens.sign(new Claim(Action.log, userId, goalId, day.toString())));
    }

    String snooze(long userId, long reminderId, LocalDate day) {
        return base + MailRoutes.snooze(tokens.sign(new Claim(Action.snooze, userId, reminderId, day.toString())));
    }

    /** Stops one reminder; {@code reminderId} 0 stops all mail. */
    String unsubscribe(long userId, long reminderId) {
        return base + MailRoutes.unsubscribe(tokens.sign(new Claim(Action.unsubscribe, userId, reminderId, "")));
    }

    String page(String path) {
        return base + path;
    }
}
