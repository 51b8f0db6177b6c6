package dev.riyaz.share;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a goal's page a person shares it with notes, copies the link, looks at the public page as a stranger would,
 * and stops sharing. Saturday 14 March 2026, noon in Kolkata.
 */
@QuarkusTest
@BrowserTest
class ShareBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aGoalIsSharedSeenByAStrangerAndStopped() {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        Shares asha = Shares.signUp("share-browser");
        long python = Goals.create(
                asha.person,
                Map.of(
                        "title", "Python",
                        "kind", "measured",
                        "unit", "minutes",
                        "dailyTarget", 30,
                        "startDate", "2026-01-05"));
        for (String day : List.of("2026-03-09", "2026-03-10", "2026-03-12", "2026-03-13", "2026-03-14")) {
            Goals.log(asha.person, python, Map.of("date", day, "amount", 35, "note", "Loops and lists, " + day));
        }

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.browser.session));
            driver.get(base + "goals/" + python);
            browser.clickAndWait(button(driver, "Share"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Share Python");
            assertThat(driver.findElement(By.cssSelector(".lead")).getText())
                    .isEqualTo("Anyone with this link can see this goal's run, habit strength and calendar."
                            + " Nothing else of your account.");
            assertThat(driver.findElements(By.cssSelector("input[type='checkbox']:checked")))
                    .isEmpty();
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("share-off");

            String link = shareWithNotes(browser);
            driver.manage().deleteAllCookies();
            lookAsAStranger(browser, link);

            driver.manage().addCookie(new Cookie("riyaz_session", asha.browser.session));
            driver.get(base + "goals/" + python + "/share");
            browser.clickAndWait(button(driver, "Stop sharing"));
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .isEqualTo("Sharing stopped. The link and badge no longer work.");
            assertThat(driver.findElements(By.id("share-link"))).isEmpty();
            driver.manage().deleteAllCookies();
            driver.get(link);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not Found");
            assertThat(driver.getPageSource()).doesNotContain("Python");
        }
    }

    /** Ticks "notes", shares, and answers the public link as the page shows it. */
    private String shareWithNotes(Browser browser) {
        WebDriver driver = browser.driver;
        driver.findElement(By.xpath("//label[contains(., 'My notes')]/input")).click();
        browser.clickAndWait(button(driver, "Share this goal"));
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .isEqualTo("This goal is shared. Copy the link or the badge below.");
        WebElement link = driver.findElement(By.id("share-link"));
        assertThat(link.getAttribute("readonly")).isNotNull();
        assertThat(link.getAttribute("value")).matches("https://riyaz\\.example/p/[A-Za-z0-9_-]{43}");
        assertThat(driver.findElement(By.id("share-markdown")).getAttribute("value"))
                .startsWith("[![Python streak](https://riyaz.example/badge/");
        WebElement preview = driver.findElement(By.cssSelector(".badge-preview img"));
        Object loaded = ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth;", preview);
        assertThat(((Number) loaded).intValue()).as("the badge preview loaded").isGreaterThan(100);
        assertThat(driver.findElement(By.cssSelector("input[name='showNotes']")).isSelected())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name='showResources']"))
                        .isSelected())
                .isFalse();
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("share-on");
        return link.getAttribute("value").replace("https://riyaz.example/", base.toString());
    }

    private static void lookAsAStranger(Browser browser, String link) {
        WebDriver driver = browser.driver;
        driver.get(link);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Python");
        assertThat(driver.findElement(By.id("current-streak")).getText()).isEqualTo("3 days");
        assertThat(driver.findElement(By.id("best-streak")).getText()).isEqualTo("3 days");
        assertThat(driver.findElement(By.id("notes")).getText()).contains("Loops and lists, 2026-03-14");
        assertThat(driver.findElements(By.tagName("nav"))).isEmpty();
        assertThat(driver.findElements(By.id("links"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("meta[name='robots']")).getAttribute("content"))
                .isEqualTo("noindex");
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("share-public");

        driver.get(link.replace("/p/", "/badge/") + ".svg");
        browser.screenshots("share-badge");
    }

    /** A button or button-like link by the words it starts with (some add the goal's name for screen readers). */
    private static WebElement button(WebDriver driver, String words) {
        return driver.findElement(
                By.xpath("//main//*[(self::button or self::a) and starts-with(normalize-space(.), '" + words + "')]"));
    }
}
