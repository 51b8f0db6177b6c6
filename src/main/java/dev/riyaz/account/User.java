package dev.riyaz.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person with an account. Their time zone and day-start hour decide which day practice belongs to. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "day_start_hour", nullable = false)
    public int dayStartHour;

    @Column(name = "first_day_of_week", nullable = false)
    public String firstDayOfWeek = "MON";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** False after an unsubscribe from all mail: no reminder, digest or review is sent. */
    @Column(name = "all_mail", nullable = false)
    public boolean allMail = true;

    /** {@code off} or {@code daily}: one mail a day listing the goals still open. */
    @Column(nullable = false)
    public String digest = "off";

    @Column(name = "digest_time", nullable = false)
    public LocalTime digestTime = LocalTime.of(8, 0);

    @Column(name = "weekly_review", nullable = false)
    public boolean weeklyReview = true;

    @Column(name = "weekly_review_day", nullable = false)
    public String weeklyReviewDay = "SUN";

    @Column(name = "weekly_review_time", nullable = false)
    public LocalTime weeklyReviewTime = LocalTime.of(18, 0);

    /** Where the daily digest goes: {@code mail}, {@code push} or {@code mail,push}. */
    @Column(name = "digest_channels", nullable = false)
    public String digestChannels = "mail";

    /** Where the weekly review goes, the same way. */
    @Column(name = "weekly_review_channels", nullable = false)
    public String weeklyReviewChannels = "mail";

    /** When the person finished or skipped the welcome flow; null until then, so it is offered once. */
    @Column(name = "welcomed_at")
    public Instant welcomedAt;

    public static Optional<User> findByEmail(String email) {
        return find("email", normalizeEmail(email)).firstResultOptional();
    }

    /** These people: for jobs that work for everybody (the reminder dispatcher). */
    public static List<User> listByIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The practice day that an instant falls on for this person: local date after the day-start hour. */
    public LocalDate practiceDay(Instant instant) {
        return PracticeDays.of(instant, zone(), dayStartHour);
    }

    public LocalDate today(Clock clock) {
        return practiceDay(clock.instant());
    }
}
