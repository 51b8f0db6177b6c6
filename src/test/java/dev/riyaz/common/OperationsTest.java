package dev.riyaz.common;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** What an operator relies on: health with the database check, Prometheus metrics, the API description. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body(Json.at("status", equalTo("UP")))
                .body(Json.at("checks.name", hasItem("Database connections health check")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesTheWholeApi() {
        var paths = Json.doc(given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract());
        for (String path : new String[] {
            "/api/v1/account",
            "/api/v1/me",
            "/api/v1/tokens",
            "/api/v1/tokens/{id}",
            "/api/v1/goals",
            "/api/v1/goals/{id}",
            "/api/v1/goals/{id}/entries",
            "/api/v1/entries",
            "/api/v1/entries/{id}"
        }) {
            org.assertj.core.api.Assertions.assertThat(paths.getMap("paths"))
                    .as("OpenAPI path " + path)
                    .containsKey(path);
        }
        org.assertj.core.api.Assertions.assertThat(paths.getMap("paths"))
                .as("pages are not part of the API")
                .doesNotContainKey("/goals");
        org.assertj.core.api.Assertions.assertThat(paths.getMap("components.securitySchemes"))
                .isNotEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(notNullValue());
    }
}
