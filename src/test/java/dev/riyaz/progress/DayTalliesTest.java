package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.account.User;
import dev.riyaz.common.Weekdays;
import dev.riyaz.goal.Goal;
import dev.riyaz.progress.GoalStats.Remaining;
import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch read of what is left: the goals of several people, each asked about its own day, read at once, give the
 * same answers as reading each goal alone and as the full stats computed from the goal's whole history.
 */
@QuarkusTest
class DayTalliesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate SUNDAY = LocalDate.of(2027, 3, 7);

    @Test
    void oneReadForManyGoalsOfManyPeopleGivesEachGoalsRemaining() {
        MutableClock.installAt(Instant.parse("2027-03-10T12:00:00Z"));
        Person asha = People.signUp("UTC");
        long minutes = Goals.create(asha, withStart(Goals.measured("Sitar", "minutes", "30"), Goals.weekly(3)));
        long scales = Goals.create(asha, withStart(Goals.check("Scales"), Goals.daily()));
        Goals.log(asha, minutes, Entries.amount(LocalDate.of(2027, 3, 8), "30"));
        Goals.log(asha, minutes, Entries.amount(LocalDate.of(2027, 3, 9), "10"));
        Goals.log(asha, minutes, Entries.amount(WEDNESDAY, "20"));
        Goals.log(asha, scales, Entries.done(LocalDate.of(2027, 3, 9)));
        Goals.log(asha, scales, Entries.skipped(WEDNESDAY));
        Person ravi = People.signUp("UTC");
        long ragas = Goals.create(ravi, withStart(Goals.check("Ragas"), Goals.monthly(4)));
        long pages = Goals.create(ravi, withStart(Goals.measured("Reading", "pages", "20"), Goals.daily()));
        for (int day : new int[] {1, 3, 5}) {
            Goals.log(ravi, ragas, Entries.done(LocalDate.of(2027, 3, day)));
        }
        Goals.log(ravi, pages, Entries.amount(SUNDAY, "25"));
        Goals.log(ravi, pages, Entries.amount(WEDNESDAY, "5"));
        Person mira = People.signUp("UTC");
        long tabla = Goals.create(mira, withStart(Goals.check("Tabla"), Goals.weekdays("MON", "WED", "FRI")));

        Map<Long, LocalDate> asked =
                Map.of(minutes, WEDNESDAY, scales, WEDNESDAY, ragas, SUNDAY, pages, SUNDAY, tabla, WEDNESDAY);
        Map<Long, Remaining> batch = QuarkusTransaction.requiringNew().call(() -> {
            DayTallies tallies = DayTallies.recent(asked.keySet(), SUNDAY, WEDNESDAY);
            Map<Long, Remaining> answers = new HashMap<>();
            for (Goal goal : Goal.listByIds(asked.keySet())) {
                answers.put(goal.id, tallies.remaining(goal, weekStart(goal), asked.get(goal.id)));
            }
            return answers;
        });

        QuarkusTransaction.requiringNew().run(() -> {
            for (Goal goal : Goal.listByIds(asked.keySet())) {
                LocalDate day = asked.get(goal.id);
                DayOfWeek weekStart = weekStart(goal);
                Remaining alone = DayTallies.recent(goal.ownerId, goal.id, day).remaining(goal, weekStart, day);
                GoalSpec spec = GoalSpec.of(goal, weekStart);
                List<DayTally> history = DayTallies.until(goal.ownerId, goal.id, day);
                Remaining full = ProgressCalculator.stats(spec, history, day).remaining();
                assertThat(batch.get(goal.id)).as(goal.title).isEqualTo(alone).isEqualTo(full);
            }
        });
        assertThat(batch.get(minutes)).isEqualTo(remaining("10", "2"));
        assertThat(batch.get(scales)).isEqualTo(remaining("0", "4"));
        assertThat(batch.get(ragas)).isEqualTo(remaining("1", "1"));
        assertThat(batch.get(pages)).isEqualTo(remaining("0", "0"));
        assertThat(batch.get(tabla)).isEqualTo(remaining("1", "2"));
    }

    @Test
    void readingNoGoalsReadsNothing() {
        assertThat(DayTallies.recent(List.of(), null, null).tallies(1L)).isEmpty();
    }

    private static Map<String, Object> withStart(Map<String, Object> goal, Map<String, Object> schedule) {
        goal.put("schedule", schedule);
        goal.put("startDate", "2027-01-01");
        return goal;
    }

    private static DayOfWeek weekStart(Goal goal) {
        return Weekdays.parse(User.<User>findById(goal.ownerId).firstDayOfWeek);
    }

    private static Remaining remaining(String today, String thisPeriod) {
        return new Remaining(new java.math.BigDecimal(today), new java.math.BigDecimal(thisPeriod));
    }
}
