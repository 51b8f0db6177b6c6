package dev.riyaz.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.goal.Goal;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept stats always equal a computation from scratch: random logging, back-dating, moving and deleting of
 * practice, with stats read (and kept) between every step.
 */
@QuarkusTest
class StatsCacheTest {

    @Inject
    ProgressService progress;

    @Inject
    ObjectMapper json;

    @Test
    void keptStatsEqualAFreshComputationAfterEveryChange() throws Exception {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        LocalDate today = LocalDate.of(2026, 3, 14);
        People.Person person = People.signUp("UTC");
        AuthenticatedUser owner =
                new AuthenticatedUser(person.id(), person.email(), "Asha", "UTC", 0, DayOfWeek.MONDAY, null);
        long goal = Goals.create(
                person,
                Map.of(
                        "title", "Python",
                        "kind", "measured",
                        "unit", "minutes",
                        "dailyTarget", 30,
                        "schedule", Map.of("type", "weekly", "times", 3),
                        "startDate", "2026-01-01"));
        Random random = new Random(20261125L);
        List<Long> entries = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int choice = random.nextInt(10);
            if (choice < 6 || entries.isEmpty()) {
                String date = today.minusDays(random.nextInt(60)).toString();
                Map<String, Object> body = random.nextInt(5) == 0
                        ? Map.of("date", date, "status", "skipped")
                        : Map.of("date", date, "amount", 5 + random.nextInt(40));
                entries.add(Goals.log(person, goal, body));
            } else if (choice < 8) {
                long id = entries.get(random.nextInt(entries.size()));
                person.api()
                        .body(Map.of("date", today.minusDays(random.nextInt(60)).toString(), "amount", 30))
                        .put("/api/v1/entries/{id}", id)
                        .then()
                        .statusCode(200);
            } else {
                long id = entries.remove(random.nextInt(entries.size()));
                person.api().delete("/api/v1/entries/{id}", id).then().statusCode(204);
            }
            GoalStats kept = progress.stats(owner, goal, today);
            GoalStats fresh = QuarkusTransaction.requiringNew().call(() -> {
                Goal g = Goal.findForOwner(owner.id(), goal).orElseThrow();
                return progress.compute(owner.id(), goal, GoalSpec.of(g, DayOfWeek.MONDAY), today);
            });
            assertThat(json.writeValueAsString(kept)).as("step %d", step).isEqualTo(json.writeValueAsString(fresh));
            assertThat(json.writeValueAsString(progress.stats(owner, goal, today)))
                    .as("read again from the kept row at step %d", step)
                    .isEqualTo(json.writeValueAsString(fresh));
        }
    }

    @Test
    void manyReadersRightAfterAChangeAllGetTheirStats() throws Exception {
        MutableClock.installAt(Instant.parse("2026-03-14T12:00:00Z"));
        People.Person person = People.signUp("UTC");
        long goal = Goals.create(person, Map.of("title", "Katas", "startDate", "2026-01-01"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 15; round++) {
                Goals.log(person, goal, Map.of("date", "2026-03-" + (10 + round % 5), "status", "done"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int reader = 0; reader < 8; reader++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return person.api()
                                .get("/api/v1/goals/{id}/stats", goal)
                                .statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(30, TimeUnit.SECONDS))
                            .as("round %d", round)
                            .isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
