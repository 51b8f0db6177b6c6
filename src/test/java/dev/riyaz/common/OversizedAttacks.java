package dev.riyaz.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

/**
 * The oversized requests {@link OversizedRequestsIT} sends: far dates, wide ranges, huge counts, page sizes, search
 * texts and lists, on every endpoint and page that takes them.
 */
final class OversizedAttacks {

    /** A Riyaz export of one goal with one entry more than a file may hold. */
    private static final String IMPORT_OVER_LIMIT = overLimitImport();

    /** One oversized request: what it is, and how to send it for a person and a browser. */
    record Attack(String name, Function<Target, Response> send) {}

    /** Who and what the attacks aim at. */
    record Target(People.Person person, WebForms.Visitor browser, long goal, long reminder) {}

    private OversizedAttacks() {}

    static List<Attack> attacks() {
        String huge = "+999999999-12-31";
        String tiny = "-999999999-01-01";
        String longText = "a".repeat(3000);
        return List.of(
                api("scores to a far year", t -> t.person().api().queryParam("to", huge), "/api/v1/goals/%d/scores"),
                api(
                        "scores from a far year",
                        t -> t.person().api().queryParam("from", tiny),
                        "/api/v1/goals/%d/scores"),
                api("scores over 130 years", t -> span(t.person().api()), "/api/v1/goals/%d/scores"),
                api("summary over all years", t -> wide(t.person().api()), "/api/v1/summary"),
                api("summary over 130 years", t -> span(t.person().api()), "/api/v1/summary"),
                api("stats on a far day", t -> t.person().api().queryParam("on", huge), "/api/v1/goals/%d/stats"),
                api(
                        "entries page size",
                        t -> t.person().api().queryParam("size", Integer.MAX_VALUE),
                        "/api/v1/entries"),
                api("entries page", t -> t.person().api().queryParam("page", Integer.MAX_VALUE), "/api/v1/entries"),
                api("entries over all years", t -> wide(t.person().api()), "/api/v1/entries"),
                api(
                        "upcoming count",
                        t -> t.person().api().queryParam("count", Integer.MAX_VALUE),
                        "/api/v1/reminders/%2$d/upcoming"),
                api(
                        "upcoming from a far year",
                        t -> t.person().api().queryParam("from", tiny),
                        "/api/v1/reminders/%2$d/upcoming"),
                api("library search text", t -> t.person().api().queryParam("q", longText), "/api/v1/resources"),
                post("goal with 50000 tags", "/api/v1/goals", t -> Map.of("title", "x", "tags", many("t", 50_000))),
                post(
                        "resource with 100000 goals",
                        "/api/v1/resources",
                        t -> Map.of("url", "https://example.com/", "goalIds", Collections.nCopies(100_000, t.goal()))),
                post(
                        "reminder with 100000 days",
                        "/api/v1/goals/%d/reminders",
                        t -> Map.of("time", "07:30", "days", Collections.nCopies(100_000, "MON"))),
                new Attack(
                        "import of 100001 entries",
                        t -> t.person().api().body(IMPORT_OVER_LIMIT).post("/api/v1/import")),
                page("progress page over all years", t -> "/progress?from=" + tiny + "&to=" + huge),
                page("progress page over 130 years", t -> "/progress?from=1970-01-01&to=2100-12-31"),
                page("goal page month", t -> "/goals/" + t.goal() + "?month=+999999999-12"),
                page("goal day page", t -> "/goals/" + t.goal() + "/days/" + tiny),
                page("library page search", t -> "/resources?q=" + longText));
    }

    /** The same endpoints with values at their limits, so the heap is measured after the app has warmed up. */
    static void warmUp(Target t) {
        for (int i = 0; i < 3; i++) {
            t.person().api().queryParam("to", "2100-12-31").get(path("/api/v1/goals/%d/scores", t));
            t.person()
                    .api()
                    .queryParams(Map.of("from", "2000-01-01", "to", "2010-01-01"))
                    .get("/api/v1/summary");
            t.person().api().queryParam("size", 500).get("/api/v1/entries");
            t.person().api().queryParam("count", 100).get(path("/api/v1/reminders/%2$d/upcoming", t));
            t.person().api().queryParam("q", "a".repeat(200)).get("/api/v1/resources");
            t.browser().get("/progress?from=2000-01-01&to=2010-01-01");
            t.browser().get("/goals/" + t.goal() + "?month=2100-12");
            t.browser().get("/resources?q=python");
        }
    }

    private static Attack api(String name, Function<Target, RequestSpecification> request, String path) {
        return new Attack(name, t -> request.apply(t).get(path(path, t)));
    }

    private static Attack post(String name, String path, Function<Target, Map<String, ?>> body) {
        return new Attack(name, t -> t.person().api().body(body.apply(t)).post(path(path, t)));
    }

    private static Attack page(String name, Function<Target, String> path) {
        return new Attack(name, t -> t.browser().get(path.apply(t)));
    }

    private static String path(String pattern, Target t) {
        return String.format(pattern, t.goal(), t.reminder());
    }

    private static RequestSpecification span(RequestSpecification request) {
        return request.queryParam("from", "1970-01-01").queryParam("to", "2100-12-31");
    }

    private static RequestSpecification wide(RequestSpecification request) {
        return request.queryParam("from", "-999999999-01-01").queryParam("to", "+999999999-12-31");
    }

    private static String overLimitImport() {
        StringBuilder body = new StringBuilder("{\"format\":\"riyaz-export\",\"version\":1,"
                + "\"goals\":[{\"id\":1,\"title\":\"Katas\"}],\"entries\":[");
        for (int i = 0; i <= 100_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"goalId\":1,\"date\":\"2020-01-01\"}");
        }
        return body.append("]}").toString();
    }

    private static List<String> many(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
