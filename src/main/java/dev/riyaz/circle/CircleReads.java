package dev.riyaz.circle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.riyaz.account.User;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Weekdays;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalView;
import dev.riyaz.progress.DayTallies;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.GoalSpec;
import dev.riyaz.progress.GoalStats;
import dev.riyaz.progress.ProgressCalculator;
import dev.riyaz.progress.Summaries;

/**
 * What a circle's members share, read at once: the people, their shared goals and every day tally of those goals, in
 * a fixed number of queries however many members the circle has ({@link DayTallies#forGoals}, one query for all goals).
 */
final class CircleReads {

    private final Map<Long, User> users;
    private final Map<Long, List<Goal>> goalsByUser;
    private final DayTallies tallies;
    private final Clock clock;

    private CircleReads(Map<Long, User> users, Map<Long, List<Goal>> goalsByUser, DayTallies tallies, Clock clock) {
        this.users = users;
        this.goalsByUser = goalsByUser;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** Reads the people and shared goals of these members of one circle, and the goals' whole history. */
    static CircleReads of(Collection<CircleMember> members, List<CircleShare> shares, Clock clock) {
        Map<Long, Long> userOfMember = members.stream().collect(Collectors.toMap(m -> m.id, m -> m.userId));
        Map<Long, User> users = userOfMember.isEmpty()
                ? Map.of()
                : User.listByIds(userOfMember.values()).stream()
                        .collect(Collectors.toMap(user -> user.id, Function.identity()));
        List<CircleShare> read = shares.stream()
                .filter(share -> userOfMember.containsKey(share.memberId))
                .toList();
        Map<Long, Goal> goals = read.isEmpty()
                ? Map.of()
                : Goal.listByIds(read.stream().map(share -> share.goalId).toList()).stream()
                        .collect(Collectors.toMap(goal -> goal.id, Function.identity()));
        Map<Long, List<Goal>> goalsByUser = new HashMap<>();
        for (CircleShare share : read) {
            Goal goal = goals.get(share.goalId);
            long userId = userOfMember.get(share.memberId);
            if (goal != null && goal.ownerId == userId) {
                goalsByUser.computeIfAbsent(userId, id -> new ArrayList<>()).add(goal);
            }
        }
        LocalDate from = goals.values().stream()
                .map(goal -> goal.startDate)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
        LocalDate to = LocalDate.now(clock).plusDays(1);
        LocalDate start = from.isBefore(Bounds.EARLIEST) ? Bounds.EARLIEST : from;
        DayTallies tallies = DayTallies.forGoals(goals.keySet(), start, to);
        return new CircleReads(users, goalsByUser, tallies, clock);
    }

    User user(long userId) {
        return users.get(userId);
    }

    List<Goal> goals(long userId) {
        return goalsByUser.getOrDefault(userId, List.of());
    }

    /** The member's shared goals as the circle sees them, each in the member's own day and week. */
    List<CircleGoal> circleGoals(long userId) {
        User user = users.get(userId);
        if (user == null) {
            return List.of();
        }
        LocalDate today = user.today(clock);
        List<CircleGoal> result = new ArrayList<>();
        for (Goal goal : goals(userId)) {
            result.add(circleGoal(goal, spec(user, goal), today));
        }
        return result;
    }

    private CircleGoal circleGoal(Goal goal, GoalSpec spec, LocalDate today) {
        List<DayTally> days = tallies.tallies(goal.id);
        GoalStats stats = ProgressCalculator.stats(spec, days, today);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(spec.firstDayOfWeek()));
        int done = (int) days.stream()
                .filter(day -> !day.date().isBefore(weekStart) && !day.date().isAfter(today))
                .filter(day -> ProgressCalculator.qualifies(spec, day))
                .count();
        int planned = Summaries.planned(spec, weekStart, weekStart.plusDays(6));
        GoalStats.Streak last =
                stats.lastStreak() != null && stats.lastStreak().length() > 0 ? stats.lastStreak() : null;
        GoalView view = GoalView.of(goal);
        return new CircleGoal(
                goal.id,
                goal.title,
                goal.unit,
                view.schedule(),
                new CircleGoal.Week(done, planned),
                stats.currentStreak(),
                last,
                stats.score());
    }

    /** The goal's tally on each day read, by day. */
    Map<LocalDate, DayTally> byDay(long goalId) {
        return tallies.byDay(goalId);
    }

    /** Whether the day counted for the goal under its owner's rules. */
    boolean counted(long userId, Goal goal, DayTally day) {
        return ProgressCalculator.qualifies(spec(users.get(userId), goal), day);
    }

    /** The days from {@code from} through {@code to} on which at least one of the member's shared goals counted. */
    Set<LocalDate> practiceDays(long userId, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        User user = users.get(userId);
        if (user == null) {
            return days;
        }
        for (Goal goal : goals(userId)) {
            GoalSpec spec = spec(user, goal);
            for (DayTally day : tallies.tallies(goal.id)) {
                if (!day.date().isBefore(from) && !day.date().isAfter(to) && ProgressCalculator.qualifies(spec, day)) {
                    days.add(day.date());
                }
            }
        }
        return days;
    }

    private static GoalSpec spec(User user, Goal goal) {
        return GoalSpec.of(goal, Weekdays.parse(user.firstDayOfWeek));
    }
}
