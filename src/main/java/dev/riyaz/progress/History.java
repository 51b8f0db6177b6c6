package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal's tallies laid out day by day from its start date to a last day, with what each day means for the goal.
 * Tallies outside that range are ignored; two tallies of one date are added up, so their order never matters.
 */
final class History {

    final GoalSpec goal;
    /** The first day laid out: the goal's start date, or a later day for a window of recent days. */
    final LocalDate start;

    final LocalDate last;
    final int size;
    final boolean[] expected;
    final boolean[] qualifies;
    /** A planned rest: a day with a skipped entry, which never qualifies even with practice on it. */
    final boolean[] skipped;
    /** What the day earns in the score, 0..1. */
    final double[] credit;

    final BigDecimal[] amount;

    private History(GoalSpec goal, LocalDate first, LocalDate last) {
        this.goal = goal;
        this.start = first.isAfter(goal.startDate()) ? first : goal.startDate();
        this.last = last;
        this.size = last.isBefore(start) ? 0 : (int) (last.toEpochDay() - start.toEpochDay() + 1);
        this.expected = new boolean[size];
        this.qualifies = new boolean[size];
        this.skipped = new boolean[size];
        this.credit = new double[size];
        this.amount = new BigDecimal[size];
    }

    /** The history from the goal's start through {@code last}; empty when {@code last} is before the start. */
    static History of(GoalSpec goal, List<DayTally> tallies, LocalDate last) {
        return between(goal, tallies, goal.startDate(), last);
    }

    /**
     * Only the days from {@code first} (or the goal's start, when later) through {@code last}: enough for what depends
     * on this week or month alone, at a cost that does not grow with the goal's age.
     */
    static History between(GoalSpec goal, List<DayTally> tallies, LocalDate first, LocalDate last) {
        History history = new History(goal, first, last);
        int[] done = new int[history.size];
        int[] skips = new int[history.size];
        for (DayTally tally : tallies) {
            int i = history.index(tally.date());
            if (i < 0 || i >= history.size) {
                continue;
            }
            done[i] += tally.done();
            skips[i] += tally.skipped();
            if (tally.amount() != null) {
                history.amount[i] = history.amount[i] == null ? tally.amount() : history.amount[i].add(tally.amount());
            }
        }
        for (int i = 0; i < history.size; i++) {
            history.fill(i, done[i], skips[i]);
        }
        return history;
    }

    private void fill(int i, int done, int skips) {
        LocalDate date = date(i);
        expected[i] = goal.schedule().isDueOn(date, goal.startDate());
        if (done > 0 || skips > 0) {
            DayTally day = new DayTally(date, done, skips, amountOn(i));
            qualifies[i] = ProgressCalculator.qualifies(goal, day);
            skipped[i] = skips > 0;
            credit[i] = qualifies[i] ? 1 : ProgressCalculator.credit(goal, day);
        }
    }

    /** The position of a day, which may lie outside {@code 0..size-1}. */
    int index(LocalDate day) {
        long offset = day.toEpochDay() - start.toEpochDay();
        return (int) Math.max(-1, Math.min(Integer.MAX_VALUE, offset));
    }

    LocalDate date(int i) {
        return start.plusDays(i);
    }

    /** The amount logged on a day (0 when nothing). */
    BigDecimal amountOn(int i) {
        return amount[i] == null ? BigDecimal.ZERO : amount[i];
    }

    /** Sum of the amounts from {@code from} through {@code to}, both clipped to this history. */
    BigDecimal amountBetween(LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = Math.max(0, index(from)); i <= Math.min(size - 1, index(to)); i++) {
            if (amount[i] != null) {
                sum = sum.add(amount[i]);
            }
        }
        return sum;
    }

    /** How many days qualified from {@code from} through {@code to}, both clipped to this history. */
    int qualifyingBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (int i = Math.max(0, index(from)); i <= Math.min(size - 1, index(to)); i++) {
            count += qualifies[i] ? 1 : 0;
        }
        return count;
    }

    /** The weekday with the most qualifying days, the earliest from Monday on a tie; null when none qualified. */
    DayOfWeek bestWeekday() {
        int[] counts = new int[7];
        int first = start.getDayOfWeek().ordinal();
        for (int i = 0; i < size; i++) {
            if (qualifies[i]) {
                counts[(first + i) % 7]++;
            }
        }
        DayOfWeek best = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (counts[day.ordinal()] > 0 && (best == null || counts[day.ordinal()] > counts[best.ordinal()])) {
                best = day;
            }
        }
        return best;
    }
}
