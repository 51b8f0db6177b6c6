package dev.riyaz.resource;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People.Person;

/** Resources saved and read through the JSON API, for the library tests. */
final class Library {

    private Library() {}

    static JsonPath create(Person owner, Map<String, ?> body) {
        return owner.api()
                .body(body)
                .post("/api/v1/resources")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static JsonPath get(Person owner, long id) {
        return owner.api()
                .get("/api/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
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
