package dev.riyaz.testing;

import java.util.HashMap;
import java.util.Map;

/** Creates goals and logs practice through the API, for tests that need some to exist. */
public final class Goals {

    private Goals() {}

    /** A daily check goal with this title. */
    public static long check(People.Person person, String title) {
        return create(person, Map.of("title", title));
    }

    /** A daily measured goal of 30 minutes. */
    public static long measured(People.Person person) {
        return create(person, Map.of("title", "Read docs", "kind", "measured", "unit", "minutes", "dailyTarget", 30));
    }

    public static long create(People.Person person, Map<String, ?> body) {
        return person.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Logs practice with these fields (none needed for a check goal); returns the entry id. */
    public static long log(People.Person person, long goalId, Map<String, ?> body) {
        return person.api()
                .body(new HashMap<>(body))
                .post("/api/v1/goals/{id}/entries", goalId)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
