package dev.riyaz.web;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Progress page of someone with three goals and twelve weeks of history, at phone and laptop width, light and
 * dark: the sentence and the trends show, goal names wrap only between words, nothing sticks out.
 */
@QuarkusTest
@BrowserTest
class ProgressBrowserTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-14");

    @TestHTTPResource("/")
    URL base;

    @Test
    void progressWithHistoryReadsWellOnAPhoneAndALaptop() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("progress-browser" + System.nanoTime() + "@example.com");
        long python = goal(asha, "Python", Map.of("kind", "measured", "dailyTarget", "30", "unit", "minutes"));
        long algorithms = goal(
                asha,
                "Data structures and algorithms",
                Map.of("kind", "check", "scheduleType", "weekly", "times", "3"));
        goal(asha, "Read the docs", Map.of("kind", "check"));
        for (int daysAgo = 0; daysAgo < 84; daysAgo++) {
            String day = TODAY.minusDays(daysAgo).toString();
            if (daysAgo % 3 != 2) {
                asha.post("/", "/practice", Map.of("goalId", "" + python, "date", day, "amount", "" + (20 + daysAgo)));
            }
            if (daysAgo % 7 < 3 && daysAgo > 20) {
                asha.post("/", "/practice", Map.of("goalId", "" + algorithms, "date", day));
            }
        }

        try (Browser browser = Browser.start(true)) {
            browser.driver.get(base.toString());
            browser.driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            browser.driver.get(base + "progress");
            assertThat(browser.driver.findElement(By.id("progress-summary")).isDisplayed())
                    .isTrue();
            assertThat(browser.driver.findElement(By.id("progress-summary")).getText())
                    .endsWith("days with at least one goal that counted.");
            assertThat(browser.driver.findElements(By.cssSelector(".trend svg.spark")))
                    .hasSize(2);
            assertThat(browser.driver
                            .findElement(By.partialLinkText("Log your first practice"))
                            .isDisplayed())
                    .isTrue();
            browser.assertAccessible();
            browser.assertFitsOnASmallPhone();

            browser.driver.manage().window().setSize(new Dimension(375, 812));
            assertThat(namesBrokenInsideAWord(browser)).isEmpty();
            browser.screenshots("progress");
            scrollTo(browser, "trends-title");
            browser.screenshots("progress-trends");
            scrollTo(browser, "week-title");
            browser.screenshots("progress-periods");

            darkMode(browser);
            browser.driver.navigate().refresh();
            browser.assertAccessible();
            scrollTo(browser, "trends-title");
            browser.screenshots("progress-dark");
        }
    }

    @Test
    void aNewPersonSeesOneEmptyStateWithTheNextStep() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("progress-empty" + System.nanoTime() + "@example.com");
        try (Browser browser = Browser.start(true)) {
            browser.driver.get(base.toString());
            browser.driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            browser.driver.get(base + "progress");
            browser.assertAccessible();
            browser.screenshots("progress-empty");
            browser.clickAndWait(browser.driver.findElement(By.linkText("Add your first goal")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/goals/new");
        }
    }

    @Test
    void focusRingAndFormControlsTakeTheAppsAccentInLightAndDark() {
        WebForms.Visitor asha = WebForms.signedUp("progress-look" + System.nanoTime() + "@example.com");
        try (Browser browser = Browser.start(true)) {
            browser.driver.get(base.toString());
            browser.driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            browser.driver.get(base + "goals/new");
            browser.driver.findElement(By.id("title")).sendKeys(Keys.TAB);
            assertThat(look(browser)).isEqualTo("rgb(31, 79, 66) 3px rgb(42, 101, 85) rgb(42, 101, 85)");
            browser.screenshots("look-focus");

            darkMode(browser);
            browser.driver.navigate().refresh();
            browser.driver.findElement(By.id("title")).sendKeys(Keys.TAB);
            assertThat(look(browser)).isEqualTo("rgb(165, 227, 207) 3px rgb(125, 211, 184) rgb(125, 211, 184)");
            browser.assertAccessible();
            browser.screenshots("look-focus-dark");
        }
    }

    /** The focused element's outline colour and width, and the accent colour of a checkbox and a radio button. */
    private static String look(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("const f = getComputedStyle(document.activeElement);"
                        + " const box = document.createElement('input'); box.type = 'checkbox';"
                        + " const radio = document.createElement('input'); radio.type = 'radio';"
                        + " document.body.append(box, radio);"
                        + " const look = f.outlineColor + ' ' + f.outlineWidth + ' '"
                        + "  + getComputedStyle(box).accentColor + ' ' + getComputedStyle(radio).accentColor;"
                        + " box.remove(); radio.remove(); return look;");
    }

    /** Goal names in the period rows and trends that the browser laid out over more lines than their words need. */
    @SuppressWarnings("unchecked")
    private static List<String> namesBrokenInsideAWord(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver)
                .executeScript("return [...document.querySelectorAll('.summary-rows a, .trend-name')]"
                        + ".filter(a => { const r = document.createRange(); r.selectNodeContents(a);"
                        + " const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;"
                        + " return lines > a.textContent.trim().split(/\\s+/).length; })"
                        + ".map(a => a.textContent);");
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static void darkMode(Browser browser) {
        ((HasCdp) browser.driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    private static long goal(WebForms.Visitor asha, String title, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("title", title);
        all.put("startDate", TODAY.minusDays(120).toString());
        asha.post("/goals/new", "/goals", all);
        return io.restassured.RestAssured.given()
                .cookie("riyaz_session", asha.session)
                .get("/api/v1/goals")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.title == '" + title + "' }.id");
    }
}
