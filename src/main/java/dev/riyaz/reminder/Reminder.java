package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import dev.riyaz.common.RowClaims;
import dev.riyaz.common.Weekdays;

/**
 * Something that sends mail on a schedule: a goal's reminder, a person's daily digest or weekly review, or a one-off
 * snooze of a reminder. Its next fire instant is kept in an indexed column, so the dispatcher finds due work with one
 * range scan however many reminders are stored.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntity {

    public enum Kind {
        goal,
        digest,
        review,
        snooze
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    /** The goal of a goal reminder or snooze; null for digest and review. */
    @Column(name = "goal_id")
    public Long goalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "local_time", nullable = false)
    public LocalTime time;

    /** Weekdays in week order, {@code MON,WED,FRI}. */
    @Column(nullable = false)
    public String days;

    @Column(name = "only_if_not_done", nullable = false)
    public boolean onlyIfNotDone = true;

    @Column(nullable = false)
    public boolean enabled = true;

    /** When it fires next; null when it is off or (a snooze) has fired. */
    @Column(name = "next_fire_at")
    public Instant nextFireAt;

    /** A snooze: the reminder it repeats, and the practice day it is about. */
    @Column(name = "snooze_of")
    public Long snoozeOf;

    @Column(name = "snooze_date")
    public LocalDate snoozeDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Where a goal reminder (and its snooze) goes: {@code mail}, {@code push} or {@code mail,push}. The digest and the
     * weekly review go where the person's settings say ({@code User.digestChannels}, {@code weeklyReviewChannels}).
     */
    @Column(nullable = false)
    public String channels = "mail";

    public Set<DayOfWeek> dayset() {
        return Arrays.stream(days.split(","))
                .map(Weekdays::parse)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public void dayset(Set<DayOfWeek> chosen) {
        days = EnumSet.copyOf(chosen).stream().map(Weekdays::format).collect(Collectors.joining(","));
    }

    public Firings.Rule rule() {
        return new Firings.Rule(time, dayset());
    }

    /** A goal reminder of this owner; another person's reminder is as good as missing. */
    public static Optional<Reminder> findForOwner(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2 and kind = ?3", ownerId, id, Kind.goal)
                .firstResultOptional();
    }

    public static List<Reminder> listForGoal(long ownerId, long goalId) {
        return list("ownerId = ?1 and goalId = ?2 and kind = ?3 order by time, id", ownerId, goalId, Kind.goal);
    }

    /** All of an owner's goal reminders, by goal: what an export holds. */
    public static List<Reminder> listGoalRemindersOf(long ownerId) {
        return list("ownerId = ?1 and kind = ?2 order by goalId, id", ownerId, Kind.goal);
    }

    /** An owner's goal reminders that are on, in time order: what the calendar feed shows. */
    public static List<Reminder> listEnabledForOwner(long ownerId) {
        return list("ownerId = ?1 and kind = ?2 and enabled = true order by time, id", ownerId, Kind.goal);
    }

    /** Every scheduled row of an owner (goal reminders, digest, review; not snoozes). */
    public static List<Reminder> listScheduled(long ownerId) {
        return list("ownerId = ?1 and kind <> ?2", ownerId, Kind.snooze);
    }

    public static Optional<Reminder> findOwn(long ownerId, Kind kind) {
        return find("ownerId = ?1 and kind = ?2", ownerId, kind).firstResultOptional();
    }

    /** The snooze that repeats this reminder, if one is waiting. */
    public static Optional<Reminder> findSnoozeOf(long reminderId) {
        return find("snoozeOf = ?1", reminderId).firstResultOptional();
    }

    /** Removes the snooze that repeats this reminder, if any. */
    public static void deleteSnoozesOf(long reminderId) {
        delete("snoozeOf", reminderId);
    }

    /**
     * Locks up to {@code limit} rows due by {@code now}, oldest first, for the dispatcher (rows another node holds are
     * skipped where the database can).
     */
    static List<Long> claimDue(RowClaims claims, Instant now, int limit) {
        return claims.claim(
                getEntityManager(),
                "select id from reminder where next_fire_at <= ?1 order by next_fire_at, id limit ?2",
                now,
                limit);
    }

    /** The rows a claim returned (of any owners: the dispatcher works for everybody). */
    static List<Reminder> listByIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
