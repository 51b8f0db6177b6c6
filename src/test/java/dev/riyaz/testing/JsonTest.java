package dev.riyaz.testing;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.hamcrest.StringDescription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The path language of {@link Json#at} and the value types it hands to a matcher, as RestAssured's path gave them. */
class JsonTest {

    private static final String BODY =
            """
            {"id": 7, "big": 5000000000, "huge": 123456789012345678901234567890, "amount": 12.25,
             "title": "Reading", "done": true, "note": null, "a.b": {"/c": 1},
             "items": [{"id": 1, "title": "One", "tags": ["x"]}, {"id": 2, "title": "Two", "tags": []}],
             "checks": [{"name": "db", "status": "UP"}, {"name": "outbox", "status": "DOWN", "data": {"n": 3}}]}
            """;

    @Test
    void numbersComeAsRestAssuredGaveThem() {
        assertThat(Json.valueAt(BODY, "id")).isEqualTo(7);
        assertThat(Json.valueAt(BODY, "big")).isEqualTo(5_000_000_000L);
        assertThat(Json.valueAt(BODY, "huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(Json.valueAt(BODY, "amount")).isEqualTo(12.25f);
        assertThat(Json.valueAt(BODY, "done")).isEqualTo(true);
        assertThat(Json.valueAt(BODY, "note")).isNull();
        assertThat(Json.valueAt(BODY, "missing")).isNull();
    }

    @Test
    void pathsWalkNamesIndicesAndLists() {
        assertThat(Json.valueAt(BODY, "items[1].title")).isEqualTo("Two");
        assertThat(Json.valueAt(BODY, "items.id")).isEqualTo(List.of(1, 2));
        assertThat(Json.valueAt(BODY, "items.tags")).isEqualTo(List.of(List.of("x"), List.of()));
        assertThat(Json.valueAt(BODY, "items[5]")).isNull();
        assertThat(Json.valueAt(BODY, "items.size()")).isEqualTo(2);
        assertThat(Json.valueAt(BODY, "title.length()")).isEqualTo(7);
        assertThat(Json.valueAt(BODY, "'a.b'.'/c'")).isEqualTo(1);
        assertThat(Json.valueAt("[{\"id\": 3}]", "[0].id")).isEqualTo(3);
        assertThat(Json.valueAt("[1, 2]", "$")).isEqualTo(List.of(1, 2));
        assertThat(Json.valueAt("[1, 2]", "")).isEqualTo(List.of(1, 2));
        assertThat(Json.valueAt(BODY, "items[0]")).isEqualTo(Map.of("id", 1, "title", "One", "tags", List.of("x")));
    }

    @Test
    void closuresFindFilterAndCheckEveryItem() {
        assertThat(Json.valueAt(BODY, "checks.find { it.name == 'outbox' }.data.n"))
                .isEqualTo(3);
        assertThat(Json.valueAt(BODY, "items.find { it.id == 2 }.title")).isEqualTo("Two");
        assertThat(Json.valueAt(BODY, "items.find { it.id == 9 }")).isNull();
        assertThat(Json.valueAt("[{\"t\": \"It's.\", \"n\": 1}]", "find { it.t == 'It\\'s.' }.n"))
                .isEqualTo(1);
        assertThat(Json.valueAt(BODY, "checks.findAll { it.status == 'UP' }.name"))
                .isEqualTo(List.of("db"));
        assertThat(Json.valueAt(BODY, "items.find { it.title.startsWith('Tw') }.id"))
                .isEqualTo(2);
        assertThat(Json.valueAt(BODY, "items.every { !it.containsKey('note') }"))
                .isEqualTo(true);
        assertThat(Json.valueAt(BODY, "checks.every { !it.containsKey('data') }"))
                .isEqualTo(false);
        assertThatThrownBy(() -> Json.valueAt(BODY, "items.find { it.id > 1 }"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMatcherPassesAndFailsOnTheValue() {
        assertThat(Json.at("items.title", contains("One", "Two")).matches(BODY)).isTrue();
        assertThat(Json.at("note", nullValue()).matches(BODY)).isTrue();
        assertThat(Json.at("items", hasSize(2)).matches(BODY)).isTrue();
        // a whole number is an Integer, so a long never equals it, as with RestAssured
        assertThat(Json.at("id", equalTo(7L)).matches(BODY)).isFalse();
        assertThat(Json.at("amount", equalTo(12.25)).matches(BODY)).isFalse();
    }

    @Test
    void aMismatchNamesThePathTheValueAndTheBody() {
        StringDescription mismatch = new StringDescription();
        Json.at("items[0].title", equalTo("Two")).describeMismatch(BODY, mismatch);
        assertThat(mismatch.toString())
                .contains("items[0].title")
                .contains("\"One\"")
                .contains("in body: {\"id\": 7");
        assertThat(Json.at("x", equalTo(1)).matches("<html>not json</html>")).isFalse();
    }
}
