package dev.riyaz.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.PageView;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeService;

/**
 * Where a person's goals stand. Reads per-day totals, never single entries, and keeps each goal's stats for the day
 * so that the dashboard costs one small row per goal however long the history is.
 */
@ApplicationScoped
public class ProgressService {

    private final GoalService goals;
    private final PracticeService practice;
    private final StatsStore store;
    private final PictureCache pictureCache;
    private final Clock clock;

    ProgressService(
            GoalService goals, PracticeService practice, StatsStore store, PictureCache pictureCache, Clock clock) {
        this.goals = goals;
        this.practice = practice;
        this.store = store;
        this.pictureCache = pictureCache;
        this.clock = clock;
    }

    /** Every active goal of the owner with today's state and stats, in the owner's order. */
    @Transactional
    public List<GoalToday> today(AuthenticatedUser owner) {
        LocalDate today = owner.today(clock);
        List<Goal> active = Goal.listForOwner(owner.id(), false);
        Map<Long, GoalSpec> specs = new HashMap<>();
        Map<Long, StatsStore.Key> keys = new HashMap<>();
        for (Goal goal : active) {
            GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
            specs.put(goal.id, spec);
            keys.put(goal.id, StatsStore.Key.of(goal, spec));
        }
        Map<Long, GoalStats> cached = store.valid(owner.id(), today, keys);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(owner.firstDayOfWeek()));
        DayTallies thisWeek = DayTallies.between(owner.id(), weekStart, today);
        List<GoalToday> states = new ArrayList<>();
        for (Goal goal : active) {
            GoalSpec spec = specs.get(goal.id);
            GoalStats stats = cached.get(goal.id);
            if (stats == null) {
                stats = compute(owner.id(), goal.id, spec, today);
                store.remember(owner.id(), goal.id, keys.get(goal.id), stats);
            }
            DayTally tally = thisWeek.on(goal.id, today);
            int qualified = thisWeek.qualifying(spec, goal.id);
            int planned = Summaries.planned(spec, weekStart, weekStart.plusDays(6));
            GoalToday.Week progress = new GoalToday.Week(qualified, planned);
            states.add(GoalToday.of(GoalView.of(goal), spec, tally, stats, goal.isDueOn(today), progress));
        }
        return states;
    }

    /** A goal's stats as of a day (today when null); a day after today is refused. */
    @Transactional
    public GoalStats stats(AuthenticatedUser owner, long goalId, LocalDate on) {
        LocalDate today = owner.today(clock);
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw ApiException.invalid("on", "Stats can't be shown for a day that has not come yet.");
        }
        Goal goal = goals.find(owner.id(), goalId);
        return stats(owner, goal, GoalSpec.of(goal, owner.firstDayOfWeek()), day, today);
    }

    /** Kept stats when they are for today and still valid, otherwise computed (and kept when for today). */
    private GoalStats stats(AuthenticatedUser owner, Goal goal, GoalSpec spec, LocalDate day, LocalDate today) {
        StatsStore.Key key = StatsStore.Key.of(goal, spec);
        if (day.equals(today)) {
            GoalStats cached =
                    store.valid(owner.id(), today, Map.of(goal.id, key)).get(goal.id);
            if (cached != null) {
                return cached;
            }
        }
        GoalStats stats = compute(owner.id(), goal.id, spec, day);
        if (day.equals(today)) {
            store.remember(owner.id(), goal.id, key, stats);
        }
        return stats;
    }

    /** The goal page: stats, and the month calendar (the current month when null), with the latest practice. */
    @Transactional
    public GoalPage page(AuthenticatedUser owner, long goalId, YearMonth month) {
        return page(owner, goalId, month, 0, GoalPage.RECENT_ENTRIES);
    }

    /**
     * The goal page with one page of its practice list, newest first: {@code entryPage} counts from 0 in pages of
     * {@code entrySize} entries.
     */
    @Transactional
    public GoalPage page(AuthenticatedUser owner, long goalId, YearMonth month, int entryPage, int entrySize) {
        LocalDate today = owner.today(clock);
        Goal goal = goals.find(owner.id(), goalId);
        GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
        GoalStats stats = stats(owner, goal, spec, today, today);
        YearMonth shown = month == null || month.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : month;
        Map<LocalDate, DayTally> days = DayTallies.between(
                        owner.id(),
                        goal.id,
                        shown.atDay(1).minusDays(7),
                        shown.atEndOfMonth().plusDays(7))
                .byDay(goal.id);
        MonthCalendar calendar = MonthCalendar.of(spec, days, shown, today, owner.firstDayOfWeek());
        GoalPictures.Pictures pictures = pictureCache.get(
                goal.id,
                StatsStore.Key.of(goal, spec),
                goal.title + "|" + goal.unit,
                today,
                () -> GoalPictures.of(goal.title, goal.unit, spec, tallies(owner.id(), goal.id, today), today));
        PageView<EntryView> entries = practice.page(owner.id(), goal.id, null, null, entryPage, entrySize);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(owner.firstDayOfWeek()));
        DayTallies thisWeek = DayTallies.between(owner.id(), goal.id, weekStart, today);
        GoalToday.Week week = new GoalToday.Week(
                thisWeek.qualifying(spec, goal.id), Summaries.planned(spec, weekStart, weekStart.plusDays(6)));
        GoalView view = GoalView.of(goal);
        GoalToday now = GoalToday.of(view, spec, thisWeek.on(goal.id, today), stats, goal.isDueOn(today), week);
        return new GoalPage(
                view, stats, today, calendar, pictures, entries.items(), now, entries.total(), entryPage, entrySize);
    }

    /** One score per day between two days. */
    @Transactional
    public List<DailyScore> scores(AuthenticatedUser owner, long goalId, LocalDate from, LocalDate to) {
        Goal goal = goals.find(owner.id(), goalId);
        GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
        return ProgressCalculator.scores(spec, tallies(owner.id(), goal.id, to), from, to);
    }

    /** Computes from the per-day totals, ignoring any cache: the reference the cache must equal. */
    GoalStats compute(long ownerId, long goalId, GoalSpec spec, LocalDate on) {
        return ProgressCalculator.stats(spec, tallies(ownerId, goalId, on), on);
    }

    private static List<DayTally> tallies(long ownerId, long goalId, LocalDate until) {
        return DayTallies.until(ownerId, goalId, until);
    }
}
