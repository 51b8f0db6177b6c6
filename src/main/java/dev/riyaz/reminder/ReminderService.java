package dev.riyaz.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.PracticeDays;
import dev.riyaz.account.User;
import dev.riyaz.common.ApiException;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;
import dev.riyaz.progress.DayTallies;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.GoalStats.Remaining;

/** A goal's reminders: what people set, and when they will fire. */
@ApplicationScoped
public class ReminderService {

    /** Plenty for "morning, lunch and evening on weekdays, later at weekends". */
    public static final int MAX_PER_GOAL = 10;

    private final GoalService goals;
    private final ReminderScheduler scheduler;
    private final Clock clock;

    ReminderService(GoalService goals, ReminderScheduler scheduler, Clock clock) {
        this.goals = goals;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Transactional
    public List<ReminderView> list(AuthenticatedUser owner, long goalId) {
        goals.find(owner.id(), goalId);
        return Reminder.listForGoal(owner.id(), goalId).stream()
                .map(ReminderView::of)
                .toList();
    }

    @Transactional
    public ReminderView create(AuthenticatedUser owner, long goalId, ReminderRequest request) {
        Goal goal = goals.findForUpdate(owner.id(), goalId);
        if (Reminder.listForGoal(owner.id(), goal.id).size() >= MAX_PER_GOAL) {
            throw ApiException.invalid("goalId", "A goal can have at most " + MAX_PER_GOAL + " reminders.");
        }
        Reminder reminder = new Reminder();
        reminder.ownerId = owner.id();
        reminder.goalId = goal.id;
        reminder.kind = Reminder.Kind.goal;
        reminder.createdAt = clock.instant();
        apply(reminder, request);
        reminder.persist();
        scheduler.schedule(reminder, user(owner), clock.instant());
        return ReminderView.of(reminder);
    }

    /** All the owner's goal reminders, by goal, for exports. */
    @Transactional
    public List<ReminderView> goalReminders(AuthenticatedUser owner) {
        return Reminder.listGoalRemindersOf(owner.id()).stream()
                .map(ReminderView::of)
                .toList();
    }

    /** Checks a reminder without saving it (for checking a whole import first); throws a 422 on a problem. */
    public void check(ReminderRequest request) {
        apply(new Reminder(), request);
    }

    @Transactional
    public ReminderView get(AuthenticatedUser owner, long id) {
        return ReminderView.of(find(owner, id));
    }

    /** Replaces the reminder's rule; fields left out take their defaults, as on creation. */
    @Transactional
    public ReminderView replace(AuthenticatedUser owner, long id, ReminderRequest request) {
        Reminder reminder = find(owner, id);
        apply(reminder, request);
        reminder.nextFireAt = null;
        if (!reminder.enabled) {
            Reminder.deleteSnoozesOf(reminder.id);
        }
        scheduler.schedule(reminder, user(owner), clock.instant());
        return ReminderView.of(reminder);
    }

    @Transactional
    public void delete(AuthenticatedUser owner, long id) {
        Reminder reminder = find(owner, id);
        Reminder.deleteSnoozesOf(reminder.id);
        reminder.delete();
    }

    /** The next firings from the start of a practice day (today when null), whether or not practice is done. */
    @Transactional
    public List<Instant> upcoming(AuthenticatedUser owner, long id, LocalDate from, int count) {
        Reminder reminder = find(owner, id);
        LocalDate day = from == null ? owner.today(clock) : from;
        Instant start = Firings.startOfDay(day, owner.dayStartHour(), owner.zone());
        return reminder.rule().from(start, owner.zone(), count);
    }

    /** Why today's mail of a reminder will not come, and when the next one will. */
    public record SkippedToday(Reason reason, Instant next) {}

    /** What makes today's mail unneeded: practice done, a day off logged, or nothing planned or left today. */
    public enum Reason {
        DONE,
        DAY_OFF,
        NOTHING_LEFT
    }

    /**
     * The goal's reminders whose next mail falls on today's practice day but will be skipped, by reminder id. Asks the
     * dispatcher's own rule ({@link FiringMails#sends}) with what is left today, so the page and the mail agree.
     */
    @Transactional
    public Map<Long, SkippedToday> skippedToday(AuthenticatedUser owner, long goalId) {
        Goal goal = goals.find(owner.id(), goalId);
        LocalDate today = owner.today(clock);
        DayTallies tallies = DayTallies.recent(owner.id(), goalId, today);
        Remaining remaining = tallies.remaining(goal, owner.firstDayOfWeek(), today);
        Map<Long, SkippedToday> skipped = new HashMap<>();
        for (Reminder reminder : Reminder.listForGoal(owner.id(), goalId)) {
            Instant at = reminder.nextFireAt;
            if (!reminder.enabled
                    || at == null
                    || !PracticeDays.of(at, owner.zone(), owner.dayStartHour()).equals(today)
                    || FiringMails.sends(reminder, goal, remaining)) {
                continue;
            }
            skipped.put(
                    reminder.id,
                    new SkippedToday(
                            reason(tallies.byDay(goalId).get(today)),
                            reminder.rule().nextAfter(at, owner.zone())));
        }
        return skipped;
    }

    private static Reason reason(DayTally today) {
        if (today != null && today.skipped() > 0) {
            return Reason.DAY_OFF;
        }
        return today != null && today.done() > 0 ? Reason.DONE : Reason.NOTHING_LEFT;
    }

    private Reminder find(AuthenticatedUser owner, long id) {
        return Reminder.findForOwner(owner.id(), id).orElseThrow(() -> ApiException.notFound("reminder"));
    }

    private static User user(AuthenticatedUser owner) {
        return User.findById(owner.id());
    }

    private static void apply(Reminder reminder, ReminderRequest request) {
        if (request == null) {
            throw new ApiException(400, "Bad request", "Send a reminder as JSON, like {\"time\": \"08:30\"}.");
        }
        reminder.time = Times.parse("time", request.time());
        reminder.dayset(Times.days("days", request.days()));
        reminder.onlyIfNotDone = request.onlyIfNotDone() == null || request.onlyIfNotDone();
        reminder.enabled = request.enabled() == null || request.enabled();
        reminder.channels = Channels.parse("channels", request.channels());
    }
}
