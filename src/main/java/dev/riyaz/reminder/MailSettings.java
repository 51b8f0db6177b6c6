package dev.riyaz.reminder;

import dev.riyaz.account.User;

/**
 * What mail a person gets, in the shape of {@code /api/v1/me/mail}. In a PATCH every field may be left out.
 *
 * @param allMail false after an unsubscribe from all mail
 * @param digest {@code off} or {@code daily}
 */
public record MailSettings(
        Boolean allMail,
        String digest,
        String digestTime,
        Boolean weeklyReview,
        String weeklyReviewDay,
        String weeklyReviewTime) {

    static MailSettings of(User user) {
        return new MailSettings(
                user.allMail,
                user.digest,
                Times.format(user.digestTime),
                user.weeklyReview,
                user.weeklyReviewDay,
                Times.format(user.weeklyReviewTime));
    }
}
