package dev.riyaz.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.riyaz.testing.RawHttp.Request;

/**
 * Malformed requests for the routes a client can find, drawn from a seeded {@link Random}: reads with odd parameters,
 * and changes that are malformed in a way that must be refused (a broken, mistyped or oversized body, a bad id).
 */
public final class MalformedRequests {

    /** A request and whether it must be refused with a 4xx (every change is made so that it must). */
    public record Generated(Request request, boolean mustBeRefused) {}

    private static final Pattern FIRST_KEY = Pattern.compile("^\\{\"([^\"]+)\"");
    private static final Pattern PARAM = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private static final List<String> ODD_IDS =
            List.of("-1", "0", "99999999999999999999", "abc", "%zz", "1e3", "%2F..", "%00", "9223372036854775807");
    private static final List<String> ODD_DATES = List.of(
            "-999999999-01-01",
            "+999999999-12-31",
            "0000-01-01",
            "2026-02-30",
            "9999-12-31",
            "0001-01-01",
            "+10000-01-01",
            "2026-3-1",
            "%zz",
            "");
    private static final List<String> ODD_NUMBERS =
            List.of("-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e10000", "NaN", "1.5", "%zz", "");
    private static final List<String> ODD_TEXTS = List.of(
            "%zz", "%00", "/%20x", "/%09x", "/%22x", "/%7Cx", "/%0D%0Ax", "/%7B%7D", "%E2%28%A1", "'%3Cb%3E", "");
    private static final List<String> ODD_JSON_NUMBERS = List.of(
            "1e10000", "-1e10000", "1e-10000", "1e999999999", "-2147483649", "99999999999999999999999999", "0.001");
    private static final List<String> ODD_JSON_DATES =
            List.of("-999999999-01-01", "+999999999-12-31", "0000-12-31", "2026-02-30", "+10000-01-01", "x");

    /** Bodies that are valid for the route, so that each mutation of them alone is what gets it refused. */
    private static final Map<String, String> VALID_BODIES = Map.of(
            "POST /api/v1/goals", "{\"title\":\"Fuzz\",\"kind\":\"check\"}",
            "PUT /api/v1/goals/{id}", "{\"title\":\"Fuzz\"}",
            "PATCH /api/v1/goals/{id}", "{\"title\":\"Fuzz\"}",
            "POST /api/v1/goals/{id}/entries", "{\"amount\":10}",
            "PUT /api/v1/entries/{id}", "{\"amount\":10}",
            "POST /api/v1/tokens", "{\"name\":\"fuzz\",\"expiresInDays\":30}",
            "PATCH /api/v1/me", "{\"displayName\":\"Fuzz\"}",
            "POST /api/v1/goals/{id}/reminders", "{\"time\":\"07:30\"}",
            "POST /api/v1/account",
                    "{\"email\":\"fuzz@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"F\","
                            + "\"timeZone\":\"UTC\"}");

    private final Random random;
    private final Map<String, Long> ids;
    private final String token;
    private final String session;
    private final String csrf;

    /** {@code ids} has the person's "goal", "entry" and "reminder". */
    public MalformedRequests(Random random, Map<String, Long> ids, String token, String session, String csrf) {
        this.random = random;
        this.ids = ids;
        this.token = token;
        this.session = session;
        this.csrf = csrf;
    }

    public Generated next(List<Routes.Route> routes) {
        while (true) {
            Routes.Route route = routes.get(random.nextInt(routes.size()));
            Generated generated = route.changes() ? change(route) : read(route);
            if (generated != null) {
                return generated;
            }
        }
    }

    private Generated read(Routes.Route route) {
        StringBuilder target = new StringBuilder(path(route, random.nextInt(4) > 0));
        char separator = '?';
        for (Map.Entry<String, String> parameter : route.query().entrySet()) {
            if (random.nextBoolean()) {
                target.append(separator).append(parameter.getKey()).append('=').append(oddQuery(parameter.getValue()));
                separator = '&';
            }
        }
        return new Generated(signedIn(route, Request.of("GET", target.toString())), false);
    }

    /** A change that must be refused: a malformed body for routes that read one, otherwise an id that is none. */
    private Generated change(Routes.Route route) {
        if (route.takesJson()) {
            return new Generated(signedIn(route, jsonBody(route, Request.of(route.method(), path(route, true)))), true);
        }
        if (route.form()) {
            return new Generated(signedIn(route, formBody(Request.of(route.method(), path(route, true)))), true);
        }
        if (!PARAM.matcher(route.path()).find()) {
            return null;
        }
        return new Generated(signedIn(route, Request.of(route.method(), path(route, false))), true);
    }

    private Request jsonBody(Routes.Route route, Request request) {
        String valid = VALID_BODIES.getOrDefault(route.toString(), sample(route.fields()));
        String first = route.fields().isEmpty()
                ? "title"
                : pick(new ArrayList<>(route.fields().keySet()));
        Matcher key = FIRST_KEY.matcher(valid);
        String twice = key.find() ? valid.replaceFirst("\\{", "{\"" + key.group(1) + "\":null,") : "{\"a\":1,\"a\":2}";
        String number = fieldOf(route, List.of("integer", "number"));
        String date = fieldOf(route, List.of("date"));
        int variant = random.nextInt(16);
        if (variant == 7 && number == null || variant == 8 && date == null) {
            variant = 0;
        }
        return switch (variant) {
            case 0 -> request.body(
                    JSON, pick(List.of("{\"title\":", "not json", "{'a':1}", "{\"a\":1,}", "", "\u0000")));
            case 1 -> request.body(JSON, twice);
            case 2 -> request.body(JSON, valid + pick(List.of("}", " {}", "x", "]")));
            case 3 -> request.body(null, valid);
            case 4 -> request.body(pick(List.of("text/plain", "application/xml", FORM, "image/png")), valid);
            case 5 -> request.body(JSON, "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
            case 6 -> request.body(JSON, "[".repeat(5000) + "]".repeat(5000));
            case 7 -> request.body(JSON, "{\"" + number + "\":" + pick(ODD_JSON_NUMBERS) + "}");
            case 8 -> request.body(JSON, "{\"" + date + "\":\"" + pick(ODD_JSON_DATES) + "\"}");
            case 9 -> request.body(JSON, "{\"" + first + "\":\"" + "a".repeat(300_000) + "\"}");
            case 10 -> request.body(JSON, "{\"" + first + "\":\"" + "a".repeat(1_100_000) + "\"}");
            case 11 -> request.body(JSON, twice).chunked();
            case 12 -> request.body(JSON, "{\"" + first + "\":\"" + "a".repeat(1_100_000) + "\"}")
                    .chunked();
            case 13 -> request.body(JSON, pick(List.of("null", "[]", "42", "\"text\"")));
            case 14 -> request.body(
                    "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\"");
            default -> request.body(JSON, valid.replace("{", "{\"" + first + "\":{\"" + first + "\":[1,2,"));
        };
    }

    private Request formBody(Request request) {
        String csrfField = "csrf-token=" + csrf;
        String part = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n";
        return switch (random.nextInt(9)) {
            case 0 -> request.body(FORM, csrfField + "&title=%zz&amount=%");
            case 1 -> request.body(FORM, csrfField + "&title=x" + "&f=1".repeat(1000 + random.nextInt(2000)));
            case 2 -> request.body("multipart/form-data; boundary=b", "");
            case 3 -> request.body("multipart/form-data; boundary=b", part.substring(0, part.length() - 9));
            case 4 -> request.body("multipart/form-data; boundary=zz", part + "--b--\r\n");
            case 5 -> request.body("multipart/form-data", part + "--b--\r\n");
            case 6 -> request.body(FORM, csrfField + "&title=%zz").chunked();
            case 7 -> request.body(FORM, csrfField + "&title=" + "a".repeat(1_100_000))
                    .chunked();
            default -> request.body(FORM, csrfField + "&" + "a=%".repeat(10) + "&%%=1&=&&title=%E2%28");
        };
    }

    private Request signedIn(Routes.Route route, Request request) {
        if (route.api()) {
            return request.header("Authorization", "Bearer " + token);
        }
        return request.header("Cookie", "riyaz_session=" + session + "; csrf-token=" + csrf)
                .header("X-CSRF-Token", csrf);
    }

    /** The route's path with its parameters filled in: the person's ids when {@code real}, odd ones otherwise. */
    private String path(Routes.Route route, boolean real) {
        Matcher m = PARAM.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(real ? realValue(route.path(), m) : pick(ODD_IDS)));
        }
        return m.appendTail(path).toString();
    }

    private String realValue(String path, Matcher m) {
        String name = m.group(1);
        if (name.equals("date") || name.equals("day")) {
            return pick(List.of("2026-03-14", "2026-03-01", pick(ODD_DATES)));
        }
        String before = path.substring(0, m.start());
        if (before.endsWith("/entries/")) {
            return Long.toString(ids.get("entry"));
        }
        if (before.endsWith("/reminders/")) {
            return Long.toString(ids.get("reminder"));
        }
        if (name.equals("token")) {
            return "x".repeat(random.nextInt(80));
        }
        return Long.toString(ids.get("goal"));
    }

    private String oddQuery(String type) {
        return switch (type) {
            case "date", "localdate" -> pick(ODD_DATES);
            case "integer", "number", "int", "long" -> pick(ODD_NUMBERS);
            case "boolean" -> pick(List.of("maybe", "%zz", "TRUE", ""));
            default -> random.nextInt(8) == 0 ? "a".repeat(10_000) : pick(ODD_TEXTS);
        };
    }

    /** One of the route's body fields of these types, or null when it has none. */
    private String fieldOf(Routes.Route route, List<String> types) {
        List<String> names = route.fields().entrySet().stream()
                .filter(field -> types.contains(field.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return names.isEmpty() ? null : pick(names);
    }

    private static String sample(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, type) -> {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append('"')
                    .append(name)
                    .append("\":")
                    .append(
                            switch (type) {
                                case "integer", "number" -> "1";
                                case "boolean" -> "true";
                                case "date" -> "\"2026-03-01\"";
                                case "array" -> "[]";
                                case "object" -> "{}";
                                default -> "\"x\"";
                            });
        });
        return body.append('}').toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
