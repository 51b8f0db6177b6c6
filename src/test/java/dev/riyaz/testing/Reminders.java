package dev.riyaz.testing;

import java.util.Map;

import dev.riyaz.testing.People.Person;

/** Reminders through the API, as a script would set them. */
public final class Reminders {

    private Reminders() {}

    /** Adds a reminder to a goal; answers the reminder as JSON. */
    public static JsonDoc add(Person owner, long goalId, Map<String, ?> reminder) {
        return Json.doc(owner.api()
                .body(reminder)
                .post("/api/v1/goals/{id}/reminders", goalId)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract());
    }

    public static long addAt(Person owner, long goalId, String time) {
        return Json.longAt(
                owner.api()
                        .body(Map.of("time", time))
                        .post("/api/v1/goals/{id}/reminders", goalId)
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(201),
                "id");
    }

    public static JsonDoc get(Person owner, long reminderId) {
        return Json.doc(owner.api()
                .get("/api/v1/reminders/{id}", reminderId)
                .then()
                .statusCode(200)
                .extract());
    }
}
