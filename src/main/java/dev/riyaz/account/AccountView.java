package dev.riyaz.account;

import java.time.Instant;

/** An account as the API shows it. */
public record AccountView(
        long id,
        String email,
        String displayName,
        String timeZone,
        int dayStartHour,
        String firstDayOfWeek,
        Instant createdAt) {

    static AccountView of(User user) {
        return new AccountView(
                user.id,
                user.email,
                user.displayName,
                user.timeZone,
                user.dayStartHour,
                user.firstDayOfWeek,
                user.createdAt);
    }
}
