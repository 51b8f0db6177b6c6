package dev.riyaz.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** What every API error must look like: RFC 9457 problem+json with the status repeated in the body. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(MEDIA_TYPE)
                .expectBody("status", equalTo(status))
                .expectBody("title", notNullValue())
                .expectBody("detail", notNullValue())
                .build();
    }

    /** A 422 naming this field among its {@code errors}. */
    public static ResponseSpecification invalid(String field) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(422))
                .expectBody("errors.field", hasItem(field))
                .expectBody("errors.message", hasItem(notNullValue()))
                .build();
    }
}
