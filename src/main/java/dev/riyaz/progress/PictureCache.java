package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the goal page's pictures in memory for the goal's practice count and rules and the day. The key holds the
 * practice count read from the database on each request, so a change on any node makes every node draw afresh: a
 * stale picture can never be shown. Small and bounded (least recently used goes first).
 */
@ApplicationScoped
class PictureCache {

    static final int MAX_GOALS = 64;

    private final Map<String, GoalPictures.Pictures> kept = new LinkedHashMap<>(MAX_GOALS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GoalPictures.Pictures> eldest) {
            return size() > MAX_GOALS;
        }
    };

    /** The pictures for this goal state, wording and day, drawn once. */
    GoalPictures.Pictures get(
            long goalId, StatsStore.Key key, String words, LocalDate today, Supplier<GoalPictures.Pictures> draw) {
        String id = goalId + "|" + today + "|" + StatsStore.fingerprint(key) + "|" + words;
        synchronized (kept) {
            GoalPictures.Pictures found = kept.get(id);
            if (found != null) {
                return found;
            }
        }
        GoalPictures.Pictures drawn = draw.get();
        synchronized (kept) {
            kept.put(id, drawn);
        }
        return drawn;
    }
}
