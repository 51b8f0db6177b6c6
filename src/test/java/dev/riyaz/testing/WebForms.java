package dev.riyaz.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/**
 * Fills in the HTML forms as a browser without JavaScript would: reads the page, takes the CSRF field and cookie,
 * posts the form with the session cookie.
 */
public final class WebForms {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private WebForms() {}

    /**
     * A browser: its session cookie (may be null), its known-device cookie (null until it has signed in) and the CSRF
     * token it got with the last page.
     */
    public static final class Visitor {
        public String session;
        public String device;
        private String csrf;

        /** The CSRF token of the last page read: the value of both the {@code csrf-token} cookie and form field. */
        public String csrf() {
            return csrf;
        }

        public Response get(String path) {
            var request = given().redirects().follow(false);
            if (session != null) {
                request.cookie("riyaz_session", session);
            }
            Response page = request.get(path);
            Matcher m = CSRF.matcher(page.asString());
            if (m.find()) {
                csrf = m.group(1);
            }
            return page;
        }

        /** Opens {@code page} to get a CSRF token, then posts the form fields to {@code action}. */
        public Response post(String page, String action, Map<String, ?> fields) {
            get(page);
            var request = given().redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .cookie("csrf-token", csrf)
                    .formParam("csrf-token", csrf);
            fields.forEach((name, value) -> {
                if (value instanceof java.util.Collection<?> many) {
                    request.formParam(name, many.toArray());
                } else {
                    request.formParam(name, value);
                }
            });
            if (session != null) {
                request.cookie("riyaz_session", session);
            }
            if (device != null) {
                request.cookie("riyaz_device", device);
            }
            Response answer = request.post(action);
            String issued = answer.getCookie("riyaz_session");
            if (issued != null) {
                session = issued.isEmpty() ? null : issued;
            }
            String known = answer.getCookie("riyaz_device");
            if (known != null) {
                device = known;
            }
            return answer;
        }

        /** Opens {@code page} for its CSRF token, then uploads a file to {@code action} as a browser form does. */
        public Response postFile(String page, String action, String field, String fileName, byte[] content) {
            get(page);
            var request = given().redirects()
                    .follow(false)
                    .cookie("csrf-token", csrf)
                    .multiPart("csrf-token", csrf)
                    .multiPart(field, fileName, content, "application/octet-stream");
            if (session != null) {
                request.cookie("riyaz_session", session);
            }
            return request.post(action);
        }

        /** The id of the signed-in person, as the API tells it. */
        public long userId() {
            return Json.longAt(
                    given().cookie("riyaz_session", session)
                            .get("/api/v1/me")
                            .then()
                            .statusCode(200),
                    "id");
        }

        public Response logIn(String email, String password) {
            return post("/login", "/login", Map.of("email", email, "password", password));
        }
    }

    public static Visitor visitor() {
        return new Visitor();
    }

    /** A new account signed in through the sign-up page. */
    public static Visitor signedUp(String email) {
        Visitor visitor = new Visitor();
        visitor.post(
                "/signup",
                "/signup",
                Map.of("email", email, "displayName", "Asha", "password", People.PASSWORD, "timeZone", "Asia/Kolkata"));
        if (visitor.session == null) {
            throw new AssertionError("sign-up did not sign in");
        }
        return visitor;
    }
}
