package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeService;

/** Where a person's goals stand. Today's view reads only today's entries, never the whole history. */
@ApplicationScoped
public class ProgressService {

    private final PracticeService practice;
    private final Clock clock;

    ProgressService(PracticeService practice, Clock clock) {
        this.practice = practice;
        this.clock = clock;
    }

    /** Every active goal of the owner with today's state, in the owner's order. */
    @Transactional
    public List<GoalToday> today(AuthenticatedUser owner) {
        LocalDate today = owner.today(clock);
        Map<Long, Tally> tallies = new HashMap<>();
        for (EntryView entry : practice.on(owner.id(), today)) {
            tallies.computeIfAbsent(entry.goalId(), id -> new Tally()).add(entry);
        }
        return Goal.listForOwner(owner.id(), false).stream()
                .map(goal -> state(goal, today, tallies.getOrDefault(goal.id, new Tally())))
                .toList();
    }

    private static GoalToday state(Goal goal, LocalDate today, Tally tally) {
        boolean counts = goal.qualifies(tally.done, tally.amount);
        BigDecimal remaining = goal.measured()
                ? goal.dailyTarget.subtract(tally.amount).max(BigDecimal.ZERO).stripTrailingZeros()
                : null;
        return new GoalToday(
                GoalView.of(goal),
                goal.isDueOn(today),
                tally.done,
                tally.skipped,
                tally.amount.stripTrailingZeros(),
                counts,
                remaining);
    }

    private static final class Tally {
        int done;
        boolean skipped;
        BigDecimal amount = BigDecimal.ZERO;

        void add(EntryView entry) {
            if (entry.status().equals("skipped")) {
                skipped = true;
                return;
            }
            done++;
            if (entry.amount() != null) {
                amount = amount.add(entry.amount());
            }
        }
    }
}
