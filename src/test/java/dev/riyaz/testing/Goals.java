package dev.riyaz.testing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.riyaz.testing.People.Person;

/** Goal request bodies as a client sends them, and a shortcut to create one. Bodies are mutable: tweak, then send. */
public final class Goals {

    private Goals() {}

    public static Map<String, Object> check(String title) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", title);
        goal.put("kind", "check");
        return goal;
    }

    public static Map<String, Object> measured(String title, String unit, String dailyTarget) {
        Map<String, Object> goal = check(title);
        goal.put("kind", "measured");
        goal.put("unit", unit);
        goal.put("dailyTarget", new BigDecimal(dailyTarget));
        return goal;
    }

    public static Map<String, Object> daily() {
        return Map.of("type", "daily");
    }

    public static Map<String, Object> weekly(int times) {
        return Map.of("type", "weekly", "times", times);
    }

    public static Map<String, Object> monthly(int times) {
        return Map.of("type", "monthly", "times", times);
    }

    public static Map<String, Object> weekdays(String... days) {
        return Map.of("type", "weekdays", "days", List.of(days));
    }

    public static Map<String, Object> interval(int every) {
        return Map.of("type", "interval", "every", every);
    }

    /** The ids of the owner's goals as {@code GET /api/v1/goals?query} lists them, in order. */
    public static List<Long> listedIds(Person owner, String query) {
        return Json.doc(owner.api()
                        .get(query.isEmpty() ? "/api/v1/goals" : "/api/v1/goals?" + query)
                        .then()
                        .statusCode(200)
                        .extract())
                .getList("id", Long.class);
    }

    /** A daily check goal with this title, created for this person; answers its id. */
    public static long check(Person person, String title) {
        return create(person, Map.of("title", title));
    }

    /** A daily measured goal of 30 minutes, created for this person; answers its id. */
    public static long measured(Person person) {
        return create(person, Map.of("title", "Read docs", "kind", "measured", "unit", "minutes", "dailyTarget", 30));
    }

    /** Logs practice with these fields (none needed for a check goal); answers the entry id. */
    public static long log(Person person, long goalId, Map<String, ?> body) {
        return Json.longAt(
                person.api()
                        .body(new java.util.HashMap<>(body))
                        .post("/api/v1/goals/{id}/entries", goalId)
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(201),
                "id");
    }

    /** Creates the goal through the API and answers its id. */
    public static long create(Person owner, Map<String, ?> goal) {
        return Json.longAt(owner.api().body(goal).post("/api/v1/goals").then().statusCode(201), "id");
    }
}
