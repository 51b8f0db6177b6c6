package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.riyaz.goal.Goal;
import dev.riyaz.practice.PracticeDay;
import dev.riyaz.progress.GoalStats.Remaining;

/**
 * The day tallies of one or many goals (of one or many people) over a span of days, read with one query and grouped
 * by goal: the one way progress, reminders and mail read practice to say which days counted and what is left.
 */
public final class DayTallies {

    /**
     * How far back "what is left" reads before its day: it looks at the day's week and month only
     * ({@link ProgressCalculator#windowStart}), and 40 days cover both.
     */
    static final int LOOK_BACK_DAYS = 40;

    private static final DayTallies NONE = new DayTallies(Map.of());

    private final Map<Long, List<DayTally>> byGoal;

    private DayTallies(Map<Long, List<DayTally>> byGoal) {
        this.byGoal = byGoal;
    }

    /** Groups read rows by goal, each goal's tallies in the order read. */
    static DayTallies group(List<PracticeDay> days) {
        Map<Long, List<DayTally>> byGoal = new HashMap<>();
        for (PracticeDay day : days) {
            byGoal.computeIfAbsent(day.goalId, id -> new ArrayList<>()).add(tally(day));
        }
        return new DayTallies(byGoal);
    }

    /**
     * What "what is left" needs for many goals of many people at once: each goal's tallies from 40 days before the
     * earliest of their days through the latest, with one query (the dispatcher's batch of reminders and digests).
     * The days may be null when there are no goals.
     */
    public static DayTallies recent(Collection<Long> goalIds, LocalDate earliest, LocalDate latest) {
        if (goalIds.isEmpty()) {
            return NONE;
        }
        return group(PracticeDay.listForGoalsBetween(goalIds, earliest.minusDays(LOOK_BACK_DAYS), latest));
    }

    /**
     * Many goals (of many people: the ids come from owner-checked rows, such as a circle's shares) between two days,
     * with one query: a circle page reads all its members' shared goals at once.
     */
    public static DayTallies forGoals(Collection<Long> goalIds, LocalDate from, LocalDate to) {
        if (goalIds.isEmpty()) {
            return NONE;
        }
        return group(PracticeDay.listForGoalsBetween(goalIds, from, to));
    }

    /** What "what is left" on {@code day} needs for one goal of one owner. */
    public static DayTallies recent(long ownerId, long goalId, LocalDate day) {
        return between(ownerId, goalId, day.minusDays(LOOK_BACK_DAYS), day);
    }

    /** All of an owner's goals between two days (inclusive). */
    public static DayTallies between(long ownerId, LocalDate from, LocalDate to) {
        return group(PracticeDay.listForOwnerBetween(ownerId, from, to));
    }

    /** One goal of an owner between two days (inclusive). */
    static DayTallies between(long ownerId, long goalId, LocalDate from, LocalDate to) {
        return group(PracticeDay.listForGoalBetween(ownerId, goalId, from, to));
    }

    /** One goal's whole history up to and including a day, oldest first. */
    static List<DayTally> until(long ownerId, long goalId, LocalDate until) {
        return PracticeDay.listForGoalUntil(ownerId, goalId, until).stream()
                .map(DayTallies::tally)
                .toList();
    }

    static DayTally tally(PracticeDay day) {
        return new DayTally(day.day, day.doneCount, day.skippedCount, day.amountTotal);
    }

    /** The goal's tallies read; empty when it has none. */
    public List<DayTally> tallies(long goalId) {
        return byGoal.getOrDefault(goalId, List.of());
    }

    /** Every goal's tallies read, by goal id. */
    Map<Long, List<DayTally>> byGoal() {
        return byGoal;
    }

    /** The goal's tallies read, by day. */
    public Map<LocalDate, DayTally> byDay(long goalId) {
        Map<LocalDate, DayTally> days = new HashMap<>();
        tallies(goalId).forEach(tally -> days.put(tally.date(), tally));
        return days;
    }

    /** The goal's tally of one day; an empty one when nothing was logged. */
    DayTally on(long goalId, LocalDate day) {
        return tallies(goalId).stream()
                .filter(tally -> tally.date().equals(day))
                .findFirst()
                .orElse(DayTally.empty(day));
    }

    /** How many of the goal's days read count. */
    int qualifying(GoalSpec spec, long goalId) {
        return (int) tallies(goalId).stream()
                .filter(tally -> ProgressCalculator.qualifies(spec, tally))
                .count();
    }

    /** The goal's amount over the days read. */
    BigDecimal total(long goalId) {
        return tallies(goalId).stream().map(DayTally::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is left for the goal on {@code day}, for an owner whose weeks start on {@code firstDayOfWeek}. */
    public Remaining remaining(Goal goal, DayOfWeek firstDayOfWeek, LocalDate day) {
        return ProgressCalculator.remaining(GoalSpec.of(goal, firstDayOfWeek), tallies(goal.id), day);
    }
}
