package dev.riyaz.web;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today on a phone, with three goals that have history: each goal's action on the first screen and a half, a menu of
 * one row, nothing spilling out of its box, and Done then Undo leaving the database as it was, with and without
 * JavaScript. Saturday 14 March 2026, noon in Kolkata.
 */
@QuarkusTest
@BrowserTest
class TodayBrowserTest {

    /** Every action button of the goal cards, top to bottom, and the first one's box in the window. */
    private static final String ACTIONS =
            "return [...document.querySelectorAll('.goal-card .goal-actions form:first-child"
                    + " button')].map(b => { const r = b.getBoundingClientRect();"
                    + " return [r.top + window.scrollY, r.bottom + window.scrollY, r.top, r.bottom]; });";

    /** The menu's links: their top edges, and whether the menu is fixed to the bottom of the window. */
    private static final String MENU = "const items = [...document.querySelectorAll('nav .nav li')];"
            + " const nav = document.querySelector('nav .nav'); const fixed = getComputedStyle(nav).position === 'fixed';"
            + " return { tops: [...new Set(items.map(i => Math.round(i.getBoundingClientRect().top)))],"
            + " fixed: fixed, height: nav.getBoundingClientRect().height,"
            + " bottom: Math.round(nav.getBoundingClientRect().bottom), window: window.innerHeight };";

    /** Cards, tiles, selects and everything inside a goal card whose content is wider than its box. */
    private static final String OVERFLOW = "return [...document.querySelectorAll('.goal-card, .goal-card *, .card,"
            + " .card *, select, dd, .status')].filter(e => !e.closest('.visually-hidden') && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)"
            + ".map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Rows rows;

    private WebForms.Visitor asha;
    private long scales;

    @BeforeEach
    void threeGoalsWithHistory() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        asha = WebForms.signedUp("today" + System.nanoTime() + "@example.com");
        long python = LogPracticePagesTest.goal(
                asha, Map.of("title", "Python", "kind", "measured", "unit", "minutes", "dailyTarget", "30"));
        scales = LogPracticePagesTest.goal(asha, Map.of("title", "Piano scales", "kind", "check"));
        long katas = LogPracticePagesTest.goal(
                asha, Map.of("title", "Katas", "kind", "check", "scheduleType", "weekly", "times", "3"));
        for (int day = 9; day <= 13; day++) {
            log(python, "2026-03-" + (day < 10 ? "0" + day : day), Map.of("amount", "30"));
        }
        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            log(scales, day, Map.of());
            log(katas, day, Map.of());
        }
        log(katas, "2026-03-10", Map.of());
    }

    @Test
    void onAPhoneEveryGoalsActionIsNearTheTopAndDoneCanBeUndone() {
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = open(browser);
            for (int width : new int[] {320, 375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, width == 1280 ? 900 : 812));
                driver.navigate().refresh();
                assertLaidOut(driver, width);
                browser.assertAccessible();
                inDarkMode(driver, browser);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
            browser.screenshots("today-three-goals");

            String before = snapshot();
            WebElement card = driver.findElement(By.id("goal-" + scales));
            assertThat(card.findElement(By.className("goal-status")).getText())
                    .contains("last run 3 days, ended Wed 4 Mar")
                    .doesNotContain("yet");
            tap(driver, card.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]")));
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.id("goal-" + scales)).getText().contains("Saved."));
            assertThat(driver.findElement(By.id("goal-" + scales)).getText())
                    .contains("Done for today")
                    .contains("Day 1 of a new run");
            assertThat(driver.findElement(By.id("today-summary")).getText()).endsWith("1 of 3 done for today");
            assertThat(driver.findElement(By.id("recent")).getText())
                    .as("Recent practice follows in the same answer")
                    .contains("Piano scales");
            assertThat(snapshot()).isNotEqualTo(before);
            browser.assertAccessible();
            browser.screenshots("today-done-undo");

            tap(
                    driver,
                    driver.findElement(By.id("goal-" + scales))
                            .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Undo')]")));
            wait.until(d -> !d.findElement(By.id("goal-" + scales)).getText().contains("Saved."));
            assertThat(driver.findElement(By.id("today-summary")).getText()).endsWith("0 of 3 done for today");
            assertThat(snapshot()).as("Undo removed exactly what Done wrote").isEqualTo(before);
        }
    }

    @Test
    void withoutJavaScriptDoneAndUndoArePlainFormPosts() {
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = open(browser);
            driver.manage().window().setSize(new Dimension(375, 812));
            driver.navigate().refresh();
            assertLaidOut(driver, 375);

            String before = snapshot();
            WebElement done = driver.findElement(By.id("goal-" + scales))
                    .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]"));
            scrollTo(driver, done);
            browser.clickAndWait(done);
            assertThat(driver.findElement(By.id("goal-" + scales)).getText())
                    .contains("Saved.")
                    .contains("Done for today");
            assertThat(driver.findElement(By.id("recent")).getText()).contains("Piano scales");
            browser.screenshots("today-done-nojs");

            WebElement undo = driver.findElement(By.id("goal-" + scales))
                    .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Undo')]"));
            scrollTo(driver, undo);
            browser.clickAndWait(undo);
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .contains("Undone");
            assertThat(driver.findElement(By.id("goal-" + scales)).getText()).doesNotContain("Saved.");
            assertThat(snapshot()).isEqualTo(before);
        }
    }

    /** As a person would: scroll the button to the middle of the screen (not under the tab bar), then tap it. */
    private static void tap(WebDriver driver, WebElement button) {
        scrollTo(driver, button);
        button.click();
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private WebDriver open(Browser browser) {
        WebDriver driver = browser.driver;
        driver.get(base.toString());
        driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
        driver.get(base.toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static void assertLaidOut(WebDriver driver, int width) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Map<String, Object> menu = (Map<String, Object>) js.executeScript(MENU);
        assertThat((List<Object>) menu.get("tops"))
                .as("menu items on one row at %d px", width)
                .hasSize(1);
        double barHeight = Boolean.TRUE.equals(menu.get("fixed")) ? ((Number) menu.get("height")).doubleValue() : 0;
        if (barHeight > 0) {
            assertThat(((Number) menu.get("bottom")).longValue())
                    .as("a tab bar sits at the bottom of the window")
                    .isEqualTo(((Number) menu.get("window")).longValue());
            assertThat(barHeight).as("a tab bar of one row").isLessThan(70);
        }
        List<List<Number>> actions = (List<List<Number>>) js.executeScript(ACTIONS);
        assertThat(actions).hasSize(3);
        if (width == 375) {
            List<Number> first = actions.get(0);
            assertThat(first.get(2).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(first.get(3).doubleValue())
                    .as("the first Done is fully on the first screen, above any tab bar")
                    .isLessThanOrEqualTo(812 - barHeight);
            assertThat(actions.get(2).get(1).doubleValue())
                    .as("all three goals' actions within 1,200 px")
                    .isLessThanOrEqualTo(1200);
        }
        assertThat((List<Object>) js.executeScript(OVERFLOW))
                .as("nothing spills out of its box at %d px", width)
                .isEmpty();
        Number sideways = (Number)
                js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(sideways.intValue()).as("no sideways scroll at %d px", width).isLessThanOrEqualTo(0);
    }

    /** The same checks in dark mode, then back to light. */
    private static void inDarkMode(WebDriver driver, Browser browser) {
        ChromiumDriver chromium = (ChromiumDriver) driver;
        chromium.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.assertAccessible();
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    private void log(long goal, String day, Map<String, String> more) {
        Map<String, String> fields = new java.util.HashMap<>(more);
        fields.put("goalId", "" + goal);
        fields.put("date", day);
        LogPracticePagesTest.post(asha, "/practice", fields, false);
    }

    private String snapshot() {
        return LogPracticePagesTest.snapshot(rows, asha.userId());
    }
}
