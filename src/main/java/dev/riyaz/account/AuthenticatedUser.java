package dev.riyaz.account;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.riyaz.common.Weekdays;

/**
 * Who is making this request, as resolved from a session cookie or a token. Detached from the database: services use
 * {@link #id()} to scope every query to its owner.
 */
public record AuthenticatedUser(
        long id,
        String email,
        String displayName,
        String timeZone,
        int dayStartHour,
        DayOfWeek firstDayOfWeek,
        Long sessionId) {

    /** The person as the rest of Riyaz sees them; a null session for work done on their behalf (mail). */
    public static AuthenticatedUser of(User user, Long sessionId) {
        return new AuthenticatedUser(
                user.id,
                user.email,
                user.displayName,
                user.timeZone,
                user.dayStartHour,
                Weekdays.parse(user.firstDayOfWeek),
                sessionId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate today(Clock clock) {
        return PracticeDays.of(clock.instant(), zone(), dayStartHour);
    }
}
