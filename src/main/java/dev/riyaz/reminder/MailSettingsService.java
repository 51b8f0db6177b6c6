package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.User;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Weekdays;

/** A person's mail settings: all mail on or off, the daily digest and the weekly review. */
@ApplicationScoped
public class MailSettingsService {

    private final ReminderScheduler scheduler;

    MailSettingsService(ReminderScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Transactional
    public MailSettings get(long userId) {
        return MailSettings.of(user(userId));
    }

    /** Changes the fields given and reschedules the digest and review at once. */
    @Transactional
    public MailSettings patch(long userId, MailSettings patch) {
        if (patch == null) {
            throw new ApiException(
                    400, "Bad request", "Send the settings to change as JSON, like {\"digest\": \"daily\"}.");
        }
        User user = user(userId);
        if (patch.digest() != null && !List.of("off", "daily").contains(patch.digest())) {
            throw ApiException.invalid("digest", "Use \"off\" or \"daily\".");
        }
        // Checked before anything changes, so a refused request writes nothing.
        String digestChannels = patch.digestChannels() == null
                ? user.digestChannels
                : Channels.parse("digestChannels", patch.digestChannels());
        String weeklyReviewChannels = patch.weeklyReviewChannels() == null
                ? user.weeklyReviewChannels
                : Channels.parse("weeklyReviewChannels", patch.weeklyReviewChannels());
        if (patch.allMail() != null) {
            user.allMail = patch.allMail();
        }
        if (patch.digest() != null) {
            user.digest = patch.digest();
        }
        if (patch.digestTime() != null) {
            user.digestTime = Times.parse("digestTime", patch.digestTime());
        }
        if (patch.weeklyReview() != null) {
            user.weeklyReview = patch.weeklyReview();
        }
        if (patch.weeklyReviewDay() != null) {
            Set<DayOfWeek> day = Times.days("weeklyReviewDay", List.of(patch.weeklyReviewDay()));
            user.weeklyReviewDay = Weekdays.format(day.iterator().next());
        }
        if (patch.weeklyReviewTime() != null) {
            user.weeklyReviewTime = Times.parse("weeklyReviewTime", patch.weeklyReviewTime());
        }
        user.digestChannels = digestChannels;
        user.weeklyReviewChannels = weeklyReviewChannels;
        scheduler.reschedule(user);
        return MailSettings.of(user);
    }

    private static User user(long userId) {
        return User.<User>findByIdOptional(userId).orElseThrow(() -> ApiException.notFound("account"));
    }
}
