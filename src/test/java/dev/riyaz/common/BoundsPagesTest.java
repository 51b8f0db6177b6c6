package dev.riyaz.common;

import java.time.LocalDate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages keep the same limits as the API and say them on a friendly page. */
@QuarkusTest
class BoundsPagesTest {

    private People.Person asha;
    private WebForms.Visitor browser;
    private long goal;

    @BeforeEach
    void setUp() {
        asha = People.signUp();
        goal = Goals.check(asha, "Katas");
        browser = WebForms.visitor();
        assertThat(browser.logIn(asha.email(), People.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void progressPageTakesDatesInTheWindowAndAtMostTenYears() {
        refused("/progress?from=1969-12-31&to=1970-01-31", "Use a date between 1970-01-01 and 2100-12-31.");
        refused("/progress?from=2026-01-01&to=+999999999-12-31", "Use a date between 1970-01-01 and 2100-12-31.");
        LocalDate last = BoundsTest.SPAN_LAST;
        refused("/progress?from=2000-01-01&to=" + last.plusDays(1), "Ask for at most 3660 days at once");
        assertThat(browser.get("/progress?from=2000-01-01&to=" + last).statusCode())
                .isEqualTo(200);
    }

    @Test
    void goalPageTakesAMonthAndADayInTheWindow() {
        refused("/goals/" + goal + "?month=+999999999-12", "Use a month between 1970-01 and 2100-12.");
        refused("/goals/" + goal + "?month=1969-12", "Use a month between 1970-01 and 2100-12.");
        assertThat(browser.get("/goals/" + goal + "?month=2100-12").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/goals/" + goal + "?month=1970-01").statusCode())
                .isEqualTo(200);

        refused("/goals/" + goal + "/days/1969-12-31", "Use a date between 1970-01-01 and 2100-12-31.");
        refused("/goals/" + goal + "/days/-999999999-01-01", "Use a date between 1970-01-01 and 2100-12-31.");
        assertThat(browser.get("/goals/" + goal + "/days/1970-01-01").statusCode())
                .isEqualTo(200);
    }

    @Test
    void librarySearchIsShort() {
        refused("/resources?q=" + "a".repeat(201), "Use at most 200 characters.");
        assertThat(browser.get("/resources?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
    }

    private void refused(String path, String message) {
        Response page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(422);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).as(path).contains(message);
    }
}
