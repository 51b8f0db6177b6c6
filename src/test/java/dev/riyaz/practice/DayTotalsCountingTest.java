package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How entries add up to a day's row, without a database: done with amounts, days off, several days at once. */
class DayTotalsCountingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private static PracticeEntry done(LocalDate day, String amount) {
        return entry(day, PracticeEntry.Status.done, amount == null ? null : new BigDecimal(amount));
    }

    private static PracticeEntry dayOff(LocalDate day) {
        return entry(day, PracticeEntry.Status.skipped, null);
    }

    private static PracticeEntry entry(LocalDate day, PracticeEntry.Status status, BigDecimal amount) {
        PracticeEntry entry = new PracticeEntry();
        entry.goalId = 7;
        entry.date = day;
        entry.status = status;
        entry.amount = amount;
        return entry;
    }

    @Test
    void entriesOnOneDayAddUp() {
        PracticeDay day = DayTotals.fresh(3, 7, MONDAY);

        DayTotals.count(day, done(MONDAY, "20"));
        DayTotals.count(day, done(MONDAY, "12.5"));
        DayTotals.count(day, dayOff(MONDAY));

        assertThat(day.doneCount).isEqualTo(2);
        assertThat(day.skippedCount).isOne();
        assertThat(day.amountTotal).isEqualByComparingTo("32.5");
    }

    @Test
    void aFreshDayBelongsToItsGoalAndOwnerAndCountsNothing() {
        PracticeDay day = DayTotals.fresh(3, 7, MONDAY);

        assertThat(day.ownerId).isEqualTo(3);
        assertThat(day.goalId).isEqualTo(7);
        assertThat(day.day).isEqualTo(MONDAY);
        assertThat(day.doneCount).isZero();
        assertThat(day.skippedCount).isZero();
        assertThat(day.amountTotal).isEqualByComparingTo("0");
    }

    @Test
    void practiceWithoutAnAmountCountsAsDoneAndAddsNothing() {
        PracticeDay day = DayTotals.fresh(3, 7, MONDAY);

        DayTotals.count(day, done(MONDAY, null));
        DayTotals.count(day, done(MONDAY, "5"));

        assertThat(day.doneCount).isEqualTo(2);
        assertThat(day.amountTotal).isEqualByComparingTo("5");
    }

    @Test
    void anImportIsSummedPerDayEarliestFirst() {
        LocalDate tuesday = MONDAY.plusDays(1);
        List<PracticeEntry> entries =
                List.of(done(tuesday, "10"), done(MONDAY, "4"), dayOff(tuesday), done(MONDAY, "6"));

        Map<LocalDate, PracticeDay> days = DayTotals.sum(3, 7, entries);

        assertThat(days.keySet()).containsExactly(MONDAY, tuesday);
        assertThat(days.get(MONDAY).doneCount).isEqualTo(2);
        assertThat(days.get(MONDAY).amountTotal).isEqualByComparingTo("10");
        assertThat(days.get(tuesday).doneCount).isOne();
        assertThat(days.get(tuesday).skippedCount).isOne();
        assertThat(days.get(tuesday).amountTotal).isEqualByComparingTo("10");
    }

    @Test
    void aDaySummedAgainTakesTheNewSumsAndWhatIsNotDoneIsADayOff() {
        PracticeDay day = DayTotals.fresh(3, 7, MONDAY);
        DayTotals.count(day, done(MONDAY, "20"));

        DayTotals.set(day, new PracticeEntry.DaySum(3, 1, new BigDecimal("45")));

        assertThat(day.doneCount).isOne();
        assertThat(day.skippedCount).isEqualTo(2);
        assertThat(day.amountTotal).isEqualByComparingTo("45");
    }
}
