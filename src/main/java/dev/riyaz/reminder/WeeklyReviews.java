package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalView;
import dev.riyaz.goal.Units;
import dev.riyaz.progress.DailyScore;
import dev.riyaz.progress.DayTallies;
import dev.riyaz.progress.DayTally;
import dev.riyaz.progress.GoalSpec;
import dev.riyaz.progress.GoalStats;
import dev.riyaz.progress.ProgressCalculator;
import dev.riyaz.progress.ProgressService;
import dev.riyaz.progress.StreakWords;
import dev.riyaz.progress.Summaries;
import dev.riyaz.progress.SummaryRow;

/** The weekly review: each goal's last week in numbers and a row of seven days, and one encouraging line. */
@ApplicationScoped
class WeeklyReviews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** What one review says. */
    record Review(String period, List<ReminderMails.ReviewRow> rows, String cheer) {}

    private final Summaries summaries;
    private final ProgressService progress;

    WeeklyReviews(Summaries summaries, ProgressService progress) {
        this.summaries = summaries;
        this.progress = progress;
    }

    /**
     * The week the review on {@code day} looks back on: the week that ends that day when the review comes on the last
     * day of the week, otherwise the last whole week before it.
     */
    static LocalDate weekEnd(LocalDate day, DayOfWeek firstDayOfWeek) {
        DayOfWeek lastDayOfWeek = firstDayOfWeek.minus(1);
        return day.getDayOfWeek() == lastDayOfWeek ? day : day.with(TemporalAdjusters.previous(lastDayOfWeek));
    }

    /** The review of the week before {@code day}; empty rows when the person has no active goal. */
    Review of(AuthenticatedUser owner, LocalDate day) {
        LocalDate to = weekEnd(day, owner.firstDayOfWeek());
        LocalDate from = to.minusDays(6);
        DayTallies days = DayTallies.between(owner.id(), from, to);
        Map<Long, Goal> goals = new HashMap<>();
        Goal.listForOwner(owner.id(), false).forEach(goal -> goals.put(goal.id, goal));
        List<ReminderMails.ReviewRow> rows = new ArrayList<>();
        int counted = 0;
        int planned = 0;
        for (SummaryRow summary : summaries.between(owner, from, to)) {
            Goal goal = goals.get(summary.goalId());
            if (goal == null || goal.startDate.isAfter(to)) {
                continue;
            }
            GoalSpec spec = GoalSpec.of(goal, owner.firstDayOfWeek());
            counted += Math.min(summary.qualifyingDays(), summary.scheduledDays());
            planned += summary.scheduledDays();
            rows.add(row(owner, goal, spec, summary, days.byDay(goal.id), from, to));
        }
        String period = DAY.format(from) + " to " + DAY.format(to);
        return new Review(period, rows, cheer(counted, planned));
    }

    private ReminderMails.ReviewRow row(
            AuthenticatedUser owner,
            Goal goal,
            GoalSpec spec,
            SummaryRow summary,
            Map<LocalDate, DayTally> week,
            LocalDate from,
            LocalDate to) {
        String daysText = summary.scheduledDays() > 0
                ? Messages.get("review_days", summary.qualifyingDays(), summary.scheduledDays())
                : Messages.get("review_days_unplanned", summary.qualifyingDays());
        String amount = goal.measured() && summary.total().signum() > 0
                ? Messages.get("review_amount", Units.plain(summary.total()), Units.unitFor(summary.total(), goal.unit))
                : null;
        GoalStats stats = progress.stats(owner, goal.id, to);
        String streakText = StreakWords.of(GoalView.of(goal), stats).review();
        List<DailyScore> scores = progress.scores(owner, goal.id, from.minusDays(1), to);
        long before = Math.round(scores.get(0).score() * 100);
        long after = Math.round(scores.get(scores.size() - 1).score() * 100);
        String strength = after > before
                ? Messages.get("review_strength_up", after, after - before)
                : after < before
                        ? Messages.get("review_strength_down", after, before - after)
                        : Messages.get("review_strength_same", after);
        List<ReminderMails.ReviewDay> cells = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            cells.add(cell(spec, day, week.get(day)));
        }
        return new ReminderMails.ReviewRow(Subjects.clean(goal.title), daysText, amount, streakText, strength, cells);
    }

    private static ReminderMails.ReviewDay cell(GoalSpec spec, LocalDate day, DayTally practice) {
        String letter = day.getDayOfWeek().getDisplayName(TextStyle.NARROW, Locale.ENGLISH);
        String name = DAY.format(day);
        if (practice == null) {
            return new ReminderMails.ReviewDay(
                    letter, ReminderMails.DayLook.none, Messages.get("review_day_none", name));
        }
        if (practice.skipped() > 0) {
            return new ReminderMails.ReviewDay(
                    letter, ReminderMails.DayLook.dayOff, Messages.get("review_day_off", name));
        }
        if (ProgressCalculator.qualifies(spec, practice)) {
            return new ReminderMails.ReviewDay(
                    letter, ReminderMails.DayLook.counted, Messages.get("review_day_counted", name));
        }
        return new ReminderMails.ReviewDay(
                letter,
                practice.done() > 0 ? ReminderMails.DayLook.practised : ReminderMails.DayLook.none,
                Messages.get(practice.done() > 0 ? "review_day_practised" : "review_day_none", name));
    }

    static String cheer(int counted, int planned) {
        if (planned > 0 && counted >= planned) {
            return Messages.get("review_cheer_all");
        }
        if (planned > 0 && counted * 2 >= planned) {
            return Messages.get("review_cheer_most", counted, planned);
        }
        if (counted > 0) {
            return Messages.get("review_cheer_some", counted);
        }
        return Messages.get("review_cheer_none");
    }
}
