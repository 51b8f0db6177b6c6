package dev.riyaz.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

import dev.riyaz.testing.People.Person;

/** Practice entry request bodies as a client sends them, and a shortcut to log one. */
public final class Entries {

    /** Reads JSON decimals as {@code BigDecimal}, so {@code 12.25} is compared exactly, not as a float. */
    public static final RestAssuredConfig EXACT_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    private Entries() {}

    public static Map<String, Object> done(LocalDate date) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("date", date.toString());
        entry.put("status", "done");
        return entry;
    }

    public static Map<String, Object> amount(LocalDate date, String amount) {
        Map<String, Object> entry = done(date);
        entry.put("amount", new BigDecimal(amount));
        return entry;
    }

    public static Map<String, Object> skipped(LocalDate date) {
        Map<String, Object> entry = done(date);
        entry.put("status", "skipped");
        return entry;
    }

    /** One page of {@code GET /api/v1/entries?query}: {@code items}, {@code page}, {@code size}, {@code total}. */
    public static JsonDoc page(Person owner, String query) {
        return Json.doc(owner.api()
                .get("/api/v1/entries?" + query)
                .then()
                .statusCode(200)
                .extract());
    }

    /** The entry ids on one page, in the order listed. */
    public static List<Long> pageIds(Person owner, String query) {
        return page(owner, query).getList("items.id", Long.class);
    }

    /** Logs the entry through the API and answers its id. */
    public static long log(Person owner, long goalId, Map<String, Object> entry) {
        return Json.longAt(
                owner.api()
                        .body(entry)
                        .post("/api/v1/goals/{id}/entries", goalId)
                        .then()
                        .statusCode(201),
                "id");
    }
}
