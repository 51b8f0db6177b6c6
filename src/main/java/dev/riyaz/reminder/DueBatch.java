package dev.riyaz.reminder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.riyaz.account.PracticeDays;
import dev.riyaz.account.User;
import dev.riyaz.goal.Goal;
import dev.riyaz.progress.DayTallies;
import dev.riyaz.push.PushDevices;
import dev.riyaz.resource.TodaysPicks;

/**
 * The claimed reminders of one dispatcher batch with what their mails need, read with a few queries for the whole
 * batch: their owners, the practice day each fires on, the goals of goal reminders, the active goals of each digest,
 * the recent day tallies of all those goals at once, and today's pick of each reminded goal.
 *
 * @param days the practice day each reminder fires on, by reminder id
 * @param digestGoals each digest's active goals, in the owner's order, by owner id
 * @param devices the push devices of the owners, by owner id (owners without one are left out)
 */
record DueBatch(
        List<Reminder> reminders,
        Map<Long, User> users,
        Map<Long, LocalDate> days,
        Map<Long, Goal> goals,
        Map<Long, List<Goal>> digestGoals,
        DayTallies tallies,
        Map<Long, TodaysPicks.Pick> picks,
        Map<Long, List<Long>> devices) {

    static DueBatch load(List<Long> ids, TodaysPicks resources, PushDevices pushDevices) {
        List<Reminder> due = Reminder.listByIds(ids);
        Map<Long, User> users =
                byId(User.listByIds(due.stream().map(r -> r.ownerId).collect(Collectors.toSet())), user -> user.id);
        Map<Long, LocalDate> days = new HashMap<>();
        Set<Long> goalIds = new HashSet<>();
        Map<Long, List<Goal>> digestGoals = new HashMap<>();
        for (Reminder reminder : due) {
            User user = users.get(reminder.ownerId);
            days.put(reminder.id, PracticeDays.of(reminder.nextFireAt, user.zone(), user.dayStartHour));
            if (reminder.goalId != null) {
                goalIds.add(reminder.goalId);
            }
            if (reminder.kind == Reminder.Kind.digest && reminder.enabled) {
                digestGoals.put(user.id, Goal.listForOwner(user.id, false));
            }
        }
        Map<Long, Goal> goals = goalIds.isEmpty() ? Map.of() : byId(Goal.listByIds(goalIds), goal -> goal.id);
        Set<Long> read = new HashSet<>(goalIds);
        digestGoals.values().forEach(list -> list.forEach(goal -> read.add(goal.id)));
        DayTallies tallies = DayTallies.recent(read, earliest(days), latest(days));
        return new DueBatch(
                due,
                users,
                days,
                goals,
                digestGoals,
                tallies,
                resources.picksForGoals(goalIds),
                pushDevices.deviceIds(users.keySet()));
    }

    /** The goal of a goal reminder or snooze; null for other kinds or when the goal is gone. */
    Goal goal(Reminder reminder) {
        return reminder.goalId == null ? null : goals.get(reminder.goalId);
    }

    private static LocalDate earliest(Map<Long, LocalDate> days) {
        return days.values().stream().min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate latest(Map<Long, LocalDate> days) {
        return days.values().stream().max(LocalDate::compareTo).orElse(null);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
