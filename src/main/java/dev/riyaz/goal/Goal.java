package dev.riyaz.goal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import dev.riyaz.common.Weekdays;

/** A coding goal: what someone wants to practise, how much, and on which days. */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntity {

    public enum Kind {
        check,
        measured
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String unit;

    @Column(name = "daily_target")
    public BigDecimal dailyTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_type", nullable = false)
    public Schedule.Type scheduleType;

    @Column(name = "schedule_times")
    public Integer scheduleTimes;

    @Column(name = "schedule_every")
    public Integer scheduleEvery;

    /** Weekday schedules: three-letter days in week order, {@code MON,WED,FRI}; all seven fit the column. */
    @Column(name = "schedule_days")
    public String scheduleDays;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public String color;

    /** An optional emoji or short word shown before the title; null for none. */
    public String icon;

    @Column(nullable = false)
    public String tags = "";

    @Column(nullable = false)
    public boolean archived;

    @Column(nullable = false)
    public int position;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Goes up with every practice write, so stats kept from an older count are known to be stale. */
    @Column(name = "practice_version", nullable = false)
    public long practiceVersion;

    /** The goal if it belongs to this owner; another person's goal is as good as missing. */
    public static Optional<Goal> findForOwner(long ownerId, long id) {
        return owned(ownerId, id).firstResultOptional();
    }

    /** The same, read and locked in one statement ({@code select ... for update}). */
    static Optional<Goal> findForOwnerForUpdate(long ownerId, long id) {
        return owned(ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    private static PanacheQuery<Goal> owned(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id);
    }

    public static List<Goal> listForOwner(long ownerId) {
        return list("ownerId = ?1 order by position, id", ownerId);
    }

    public static List<Goal> listForOwner(long ownerId, boolean archived) {
        return list("ownerId = ?1 and archived = ?2 order by position, id", ownerId, archived);
    }

    /** Which of these goal ids are the owner's. */
    static List<Long> listOwnedIds(long ownerId, java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery("select g.id from Goal g where g.ownerId = ?1 and g.id in ?2", Long.class)
                .setParameter(1, ownerId)
                .setParameter(2, ids)
                .getResultList();
    }

    /** These goals, of any owners: for jobs whose ids come from owner-checked rows (the reminder dispatcher). */
    public static List<Goal> listByIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    static int nextPosition(long ownerId) {
        Integer max = getEntityManager()
                .createQuery("select max(g.position) from Goal g where g.ownerId = ?1", Integer.class)
                .setParameter(1, ownerId)
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public Schedule schedule() {
        return switch (scheduleType) {
            case daily -> Schedule.daily();
            case weekly -> Schedule.weekly(scheduleTimes);
            case monthly -> Schedule.monthly(scheduleTimes);
            case interval -> Schedule.interval(scheduleEvery);
            case weekdays -> Schedule.weekdays(Arrays.stream(scheduleDays.split(","))
                    .map(Goal::weekday)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
        };
    }

    void schedule(Schedule schedule) {
        scheduleType = schedule.type();
        scheduleTimes = schedule.times();
        scheduleEvery = schedule.every();
        scheduleDays = schedule.days() == null
                ? null
                : EnumSet.copyOf(schedule.days()).stream().map(Weekdays::format).collect(Collectors.joining(","));
    }

    /** Reads {@code MON} (and full names like {@code MONDAY}, which early builds stored). */
    private static DayOfWeek weekday(String stored) {
        DayOfWeek day = Weekdays.parse(stored);
        if (day == null) {
            throw new IllegalStateException("Unknown weekday in schedule_days: " + stored);
        }
        return day;
    }

    public List<String> tagList() {
        return dev.riyaz.common.Tags.list(tags);
    }

    public boolean measured() {
        return kind == Kind.measured;
    }

    /**
     * The one rule for whether a day counts: any "done" for check goals, the daily target for measured ones.
     *
     * @param dailyTarget the measured goal's target; null for check goals
     */
    public static boolean qualifies(int doneEntries, BigDecimal amount, BigDecimal dailyTarget) {
        if (doneEntries == 0) {
            return false;
        }
        return dailyTarget == null || amount.compareTo(dailyTarget) >= 0;
    }

    /**
     * Practice of this goal was written for {@code day}: practice before the start date moves the start back, so that
     * it counts, and the practice count moves on.
     */
    public void practiceWrittenOn(LocalDate day) {
        if (day.isBefore(startDate)) {
            startDate = day;
        }
        practiceVersion++;
    }

    public boolean isDueOn(LocalDate day) {
        return !archived && schedule().isDueOn(day, startDate);
    }
}
