package dev.riyaz.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.Hashes;
import dev.riyaz.goal.Goal;

/**
 * Reads and writes the stats cache. A kept row is valid only for the goal's rules and practice count it was computed
 * from ({@link #fingerprint}); every practice write moves the count on, so stale stats are never read and need no
 * deleting.
 */
@ApplicationScoped
class StatsStore {

    private final ObjectMapper json;
    private final Clock clock;

    StatsStore(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** What kept stats depend on besides the day: the goal's rules and how many practice writes it has seen. */
    record Key(GoalSpec spec, long practiceVersion) {

        static Key of(Goal goal, GoalSpec spec) {
            return new Key(spec, goal.practiceVersion);
        }
    }

    /** Cached stats of the owner's goals that are still valid for this day, these rules and this practice. */
    Map<Long, GoalStats> valid(long ownerId, LocalDate day, Map<Long, Key> keys) {
        Map<Long, GoalStats> found = new HashMap<>();
        for (GoalStatsCache row : GoalStatsCache.listForOwner(ownerId)) {
            Key key = keys.get(row.goalId);
            if (key != null && row.asOf.equals(day) && row.fingerprint.equals(fingerprint(key))) {
                read(row.payload).ifPresent(stats -> found.put(row.goalId, stats));
            }
        }
        return found;
    }

    /**
     * Keeps stats for later, in a transaction of its own. Readers right after a change race to keep the same stats:
     * the loser's insert fails at commit, which is fine, since the winner kept what the loser computed.
     */
    void remember(long ownerId, long goalId, Key key, GoalStats stats) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                GoalStatsCache row = GoalStatsCache.findById(goalId);
                if (row == null) {
                    row = new GoalStatsCache();
                    row.goalId = goalId;
                    row.ownerId = ownerId;
                    fill(row, key, stats);
                    row.persist();
                } else {
                    fill(row, key, stats);
                }
            });
        } catch (PersistenceException | IllegalStateException | QuarkusTransactionException e) {
            Log.debugf("Stats of goal %d not cached: %s", goalId, e.getMessage());
        }
    }

    private void fill(GoalStatsCache row, Key key, GoalStats stats) {
        row.asOf = stats.on();
        row.fingerprint = fingerprint(key);
        row.payload = write(stats);
        row.computedAt = clock.instant();
    }

    /** Everything the stats depend on besides the practice itself, in a stable order. */
    static String fingerprint(Key key) {
        GoalSpec spec = key.spec();
        var schedule = spec.schedule();
        String days = schedule.days() == null
                ? ""
                : schedule.days().stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
        return Hashes.sha256(String.join(
                "|",
                schedule.type().name(),
                String.valueOf(schedule.times()),
                String.valueOf(schedule.every()),
                days,
                spec.startDate().toString(),
                spec.dailyTarget() == null
                        ? ""
                        : spec.dailyTarget().stripTrailingZeros().toPlainString(),
                spec.firstDayOfWeek().name(),
                Long.toString(key.practiceVersion())));
    }

    private Optional<GoalStats> read(String payload) {
        try {
            return Optional.of(json.readValue(payload, GoalStats.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String write(GoalStats stats) {
        try {
            return json.writeValueAsString(stats);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
