package dev.riyaz.progress;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeatLevelsTest {

    @Test
    void noPracticeIsLevelZero() {
        HeatLevels levels = HeatLevels.of(List.of(10, 20, 30, 40));

        assertThat(levels.levelOf(0)).isZero();
        assertThat(levels.levelOf(-5)).isZero();
        assertThat(levels.levelOf(Double.NaN)).isZero();
    }

    @Test
    void levelsFollowTheQuartilesOfDaysWithPractice() {
        HeatLevels levels = HeatLevels.of(List.of(0, 10, 20, 0, 30, 40));

        assertThat(List.of(5, 10, 15, 20, 25, 30, 35, 40, 99).stream().map(levels::levelOf))
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 4);
    }

    @Test
    void theSameAmountEveryDayShowsFullColour() {
        HeatLevels levels = HeatLevels.of(List.of(30, 30, 30));

        assertThat(levels.levelOf(30)).isEqualTo(4);
        assertThat(levels.legend("min")).containsExactly(new HeatKey(0, "none"), new HeatKey(4, "30 min"));
    }

    @Test
    void acceptsDecimalAmounts() {
        HeatLevels levels = HeatLevels.of(List.of(new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("2.5")));

        assertThat(levels.levelOf(0.5)).isEqualTo(1);
        assertThat(levels.levelOf(2.5)).isEqualTo(4);
        assertThat(levels.legend("h")).extracting(HeatKey::label).containsExactly("none", "0.5", "1.5", "2.5 h");
    }

    @Test
    void legendGivesTheRangeOfEachLevelAndTheUnitOnce() {
        HeatLevels levels = HeatLevels.of(List.of(5, 10, 15, 20, 25, 30, 35, 40));

        assertThat(levels.legend("min"))
                .containsExactly(
                        new HeatKey(0, "none"),
                        new HeatKey(1, "5–10"),
                        new HeatKey(2, "15–20"),
                        new HeatKey(3, "25–30"),
                        new HeatKey(4, "35–40 min"));
    }

    @Test
    void withoutAnyPracticeTheLegendOnlySaysNone() {
        HeatLevels levels = HeatLevels.of(List.of(0, 0));

        assertThat(levels.legend("min")).containsExactly(new HeatKey(0, "none"));
        assertThat(levels.levelOf(12)).isEqualTo(4);
    }

    @Test
    void daysThatOnlyQualifyUseThreeSteps() {
        assertThat(HeatLevels.ofDay(true, true)).isEqualTo(4);
        assertThat(HeatLevels.ofDay(false, true)).isEqualTo(2);
        assertThat(HeatLevels.ofDay(false, false)).isZero();
        assertThat(HeatLevels.dayLegend()).extracting(HeatKey::level).containsExactly(0, 2, 4);
    }

    @Test
    void levelsStayWithinZeroToFour() {
        assertThatThrownBy(() -> new HeatCell(5, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeatKey(-1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
