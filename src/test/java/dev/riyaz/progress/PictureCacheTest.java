package dev.riyaz.progress;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures are drawn once per goal state and day, and again as soon as anything they show changes. */
class PictureCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final GoalSpec SPEC =
            new GoalSpec(Schedule.daily(), LocalDate.of(2026, 1, 1), new BigDecimal("30"), DayOfWeek.MONDAY);

    private final PictureCache cache = new PictureCache();
    private final AtomicInteger draws = new AtomicInteger();

    private GoalPictures.Pictures get(long version, String words, LocalDate day) {
        return cache.get(1, new StatsStore.Key(SPEC, version), words, day, () -> {
            draws.incrementAndGet();
            return new GoalPictures.Pictures("h" + draws.get(), "w", "m", "s", "d");
        });
    }

    @Test
    void drawsOnceForTheSameState() {
        assertThat(get(1, "Python", TODAY).heatmap()).isEqualTo("h1");
        assertThat(get(1, "Python", TODAY).heatmap()).isEqualTo("h1");
        assertThat(draws).hasValue(1);
    }

    @Test
    void drawsAgainAfterPracticeChangesTheTitleChangesOrTheDayTurns() {
        get(1, "Python", TODAY);
        assertThat(get(2, "Python", TODAY).heatmap()).isEqualTo("h2");
        assertThat(get(2, "Python 3", TODAY).heatmap()).isEqualTo("h3");
        assertThat(get(2, "Python 3", TODAY.plusDays(1)).heatmap()).isEqualTo("h4");
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedGoals() {
        for (int i = 0; i < PictureCache.MAX_GOALS + 10; i++) {
            cache.get(i, new StatsStore.Key(SPEC, 1), "t", TODAY, () -> {
                draws.incrementAndGet();
                return new GoalPictures.Pictures("", "", "", "", "");
            });
        }
        draws.set(0);
        cache.get(0, new StatsStore.Key(SPEC, 1), "t", TODAY, () -> {
            draws.incrementAndGet();
            return new GoalPictures.Pictures("", "", "", "", "");
        });
        assertThat(draws).as("the oldest goal was let go").hasValue(1);
    }
}
