package dev.riyaz.testing;

import java.util.Map;

import io.restassured.specification.RequestSpecification;

/** Saves a link to someone's library through the API ({@code POST /api/v1/resources}). */
public final class Links {

    private Links() {}

    /** Saves the link described by {@code body} with this person's request (token already on it); answers its id. */
    public static long create(RequestSpecification api, Map<String, ?> body) {
        return Json.longAt(api.body(body).post("/api/v1/resources").then().statusCode(201), "id");
    }
}
