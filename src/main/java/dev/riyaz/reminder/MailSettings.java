package dev.riyaz.reminder;

import java.util.List;

import dev.riyaz.account.User;

/**
 * What mail a person gets, in the shape of {@code /api/v1/me/mail}. In a PATCH every field may be left out.
 *
 * @param allMail false after an unsubscribe from all mail
 * @param digest {@code off} or {@code daily}
 * @param digestChannels where the digest goes: a non-empty subset of {@code ["mail","push"]}
 * @param weeklyReviewChannels where the weekly review goes, the same way
 */
public record MailSettings(
        Boolean allMail,
        String digest,
        String digestTime,
        Boolean weeklyReview,
        String weeklyReviewDay,
        String weeklyReviewTime,
        List<String> digestChannels,
        List<String> weeklyReviewChannels) {

    /** Settings that leave the channels as they are. */
    public MailSettings(
            Boolean allMail,
            String digest,
            String digestTime,
            Boolean weeklyReview,
            String weeklyReviewDay,
            String weeklyReviewTime) {
        this(allMail, digest, digestTime, weeklyReview, weeklyReviewDay, weeklyReviewTime, null, null);
    }

    static MailSettings of(User user) {
        return new MailSettings(
                user.allMail,
                user.digest,
                Times.format(user.digestTime),
                user.weeklyReview,
                user.weeklyReviewDay,
                Times.format(user.weeklyReviewTime),
                Channels.of(user.digestChannels),
                Channels.of(user.weeklyReviewChannels));
    }
}
