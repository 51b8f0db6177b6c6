package dev.riyaz.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.filter.log.LogDetail;

/**
 * A failed RestAssured check still prints the request and the answer, as they were sent, without pretty-printing
 * them first: RestAssured formats every request and answer before it knows whether a check fails, with Groovy, and
 * that took seconds of the fast lane (a 2 MiB body alone about half a second). Quarkus's own logging on failure is off
 * for the test profile ({@code quarkus.test.rest-assured.enable-logging-on-failure}); this replaces it. Registered in
 * META-INF/services.
 */
public class PlainRequestLogs implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config()
                .logConfig(LogConfig.logConfig()
                        .enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.ALL)
                        .enablePrettyPrinting(false));
    }
}
