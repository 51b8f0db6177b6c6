package dev.riyaz.goal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The schedule rules progress relies on. 2026-01-07 is a Wednesday. */
class ScheduleTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-01-07");

    @Test
    void weeksStartOnTheChosenDay() {
        assertThat(Schedule.weekStart(WEDNESDAY, DayOfWeek.MONDAY)).isEqualTo("2026-01-05");
        assertThat(Schedule.weekStart(WEDNESDAY, DayOfWeek.SUNDAY)).isEqualTo("2026-01-04");
        assertThat(Schedule.weekStart(WEDNESDAY, DayOfWeek.WEDNESDAY)).isEqualTo(WEDNESDAY);
    }

    @Test
    void weeklyAndMonthlyGoalsCountInPeriods() {
        Schedule weekly = Schedule.weekly(3);
        Schedule monthly = Schedule.monthly(10);

        assertThat(weekly.period()).isEqualTo(ChronoUnit.WEEKS);
        assertThat(weekly.periodStart(WEDNESDAY, DayOfWeek.SUNDAY)).isEqualTo("2026-01-04");
        assertThat(weekly.periodEnd(WEDNESDAY, DayOfWeek.SUNDAY)).isEqualTo("2026-01-10");
        assertThat(weekly.quota()).isEqualTo(3);
        assertThat(monthly.period()).isEqualTo(ChronoUnit.MONTHS);
        assertThat(monthly.periodStart(LocalDate.parse("2028-02-15"), DayOfWeek.MONDAY))
                .isEqualTo("2028-02-01");
        assertThat(monthly.periodEnd(LocalDate.parse("2028-02-15"), DayOfWeek.MONDAY))
                .isEqualTo("2028-02-29");
        assertThat(monthly.quota()).isEqualTo(10);
    }

    @Test
    void otherGoalsCountDayByDay() {
        Schedule interval = Schedule.interval(3);

        assertThat(interval.period()).isEqualTo(ChronoUnit.DAYS);
        assertThat(interval.periodStart(WEDNESDAY, DayOfWeek.MONDAY)).isEqualTo(WEDNESDAY);
        assertThat(interval.periodEnd(WEDNESDAY, DayOfWeek.MONDAY)).isEqualTo(WEDNESDAY);
        assertThat(interval.quota()).isEqualTo(1);
    }

    @Test
    void frequencyIsExpectedPracticePerDay() {
        assertThat(Schedule.daily().frequency()).isEqualTo(1.0);
        assertThat(Schedule.weekly(3).frequency()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(Schedule.monthly(10).frequency()).isCloseTo(10.0 / 30, within(1e-12));
        assertThat(Schedule.weekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).frequency())
                .isCloseTo(2.0 / 7, within(1e-12));
        assertThat(Schedule.interval(4).frequency()).isEqualTo(0.25);
    }
}
