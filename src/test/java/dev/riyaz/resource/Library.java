package dev.riyaz.resource;

import java.util.List;
import java.util.Map;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.People.Person;

/** Resources saved and read through the JSON API, for the library tests. */
final class Library {

    private Library() {}

    static JsonDoc create(Person owner, Map<String, ?> body) {
        return Json.doc(owner.api()
                .body(body)
                .post("/api/v1/resources")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract());
    }

    static JsonDoc get(Person owner, long id) {
        return Json.doc(owner.api()
                .get("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .extract());
    }

    static List<String> titles(Person owner, String query) {
        return Json.textsAt(
                owner.api()
                        .get("/api/v1/resources" + (query.isEmpty() ? "" : "?" + query))
                        .then()
                        .statusCode(200),
                "title");
    }

    static List<Long> ids(Person owner, String query) {
        return Json.longsAt(owner.api().get("/api/v1/resources?" + query).then().statusCode(200), "id");
    }
}
