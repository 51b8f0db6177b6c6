package dev.riyaz.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every API error must look like: RFC 9457 problem+json with the status repeated in the body. The body is read
 * with Jackson ({@link Json}), not with RestAssured's path expressions: these checks run hundreds of times a lane.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    /** The status, a content type of problem+json, and a body with this {@code status} and a non-null title and detail. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(MEDIA_TYPE)
                .expectBody(new ProblemBody(status, null))
                .build();
    }

    /** A 422 problem naming this field among its {@code errors}, at least one of which has a message. */
    public static ResponseSpecification invalid(String field) {
        return new ResponseSpecBuilder()
                .expectStatusCode(422)
                .expectContentType(MEDIA_TYPE)
                .expectBody(new ProblemBody(422, field))
                .build();
    }

    /** Matches the body text of a problem: its status, title and detail, and for a 422 the field among its errors. */
    private static final class ProblemBody extends TypeSafeDiagnosingMatcher<String> {

        private final int status;
        private final String field;

        ProblemBody(int status, String field) {
            this.status = status;
            this.field = field;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("a problem with status " + status + ", a title and a detail");
            if (field != null) {
                description.appendText(", an error for field '" + field + "' and an error with a message");
            }
        }

        @Override
        protected boolean matchesSafely(String text, Description mismatch) {
            JsonNode body;
            try {
                body = Json.read(text);
            } catch (RuntimeException e) {
                mismatch.appendText("a body that is not JSON: ").appendValue(text);
                return false;
            }
            JsonNode value = body.path("status");
            if (!value.isIntegralNumber() || value.longValue() != status) {
                mismatch.appendText("status was " + value + " in " + body);
                return false;
            }
            for (String name : new String[] {"title", "detail"}) {
                if (!present(body.path(name))) {
                    mismatch.appendText("no " + name + " in " + body);
                    return false;
                }
            }
            if (field == null) {
                return true;
            }
            boolean named = false;
            boolean message = false;
            for (JsonNode error : body.path("errors")) {
                named |= error.path("field").isTextual()
                        && error.path("field").textValue().equals(field);
                message |= present(error.path("message"));
            }
            if (!named || !message) {
                mismatch.appendText(
                        (named ? "no error with a message" : "no error for '" + field + "'") + " in " + body);
                return false;
            }
            return true;
        }

        private static boolean present(JsonNode value) {
            return !value.isMissingNode() && !value.isNull();
        }
    }
}
