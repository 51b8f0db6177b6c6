package dev.riyaz.resource;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    private static Pace.Point at(String date, int progress) {
        return new Pace.Point(LocalDate.parse(date), progress);
    }

    @Test
    void theLastFourWeeksSetThePace() {
        List<Pace.Point> history = List.of(at("2026-01-01", 0), at("2026-02-10", 5), at("2026-02-14", 7));
        Pace pace = Pace.of(history, 14, 24, TODAY).orElseThrow();
        assertThat(pace.perWeek()).isEqualTo(1.75);
        assertThat(pace.finish()).isEqualTo(LocalDate.of(2026, 4, 23));
    }

    @Test
    void aNewResourceCountsFromTheDayItWasAddedButAtLeastAWeek() {
        Pace twoWeeks = Pace.of(List.of(at("2026-02-28", 0)), 7, 21, TODAY).orElseThrow();
        assertThat(twoWeeks.perWeek()).isEqualTo(3.5);
        assertThat(twoWeeks.finish()).isEqualTo(TODAY.plusDays(28));

        Pace sameDay = Pace.of(List.of(at("2026-03-14", 0)), 7, 21, TODAY).orElseThrow();
        assertThat(sameDay.perWeek()).as("one busy day counts as a week").isEqualTo(7.0);
        assertThat(sameDay.finish()).isEqualTo(TODAY.plusDays(14));
    }

    @Test
    void noLengthNoMovementOrFinishedMeansNoPromise() {
        List<Pace.Point> history = List.of(at("2026-01-01", 3));
        assertThat(Pace.of(history, 3, 24, TODAY)).as("nothing moved").isEmpty();
        assertThat(Pace.of(history, 9, null, TODAY)).as("no length").isEmpty();
        assertThat(Pace.of(history, 24, 24, TODAY)).as("finished").isEmpty();
        assertThat(Pace.of(List.of(), 5, 24, TODAY)).as("no history").isEmpty();
        assertThat(Pace.of(List.of(at("2026-02-01", 9)), 4, 24, TODAY))
                .as("went back")
                .isEmpty();
    }
}
