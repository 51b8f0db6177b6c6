package dev.riyaz.web;

import java.net.URL;
import java.time.Duration;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/** A new person signs up, creates a measured goal and logs practice with one click: with and without JavaScript. */
@QuarkusTest
@BrowserTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void oneClickDoneUpdatesTheCardInPlace() {
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            signUpAndCreatePythonGoal(browser, "js");

            WebElement card = driver.findElement(By.cssSelector(".goal-card"));
            assertThat(card.getText())
                    .contains("Python")
                    .contains("A fresh start: today can be day one")
                    .contains("Not yet");
            card.findElement(By.name("amount")).clear();
            card.findElement(By.name("amount")).sendKeys("30");
            card.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]"))
                    .click();

            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".goal-card"), "Done for today"));
            assertThat(driver.findElement(By.cssSelector(".goal-card")).getText())
                    .contains("Day 1 of a new run")
                    .contains("Your first practice is in.")
                    .contains("Saved.");
            assertThat(driver.findElement(By.id("today-summary")).getText())
                    .as("the day's summary follows the card")
                    .endsWith("1 of 1 done for today");
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .as("htmx swapped the card in place: the page still shows the notice from before")
                    .contains("Goal created");
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Python");
            browser.assertAccessible();
            browser.screenshots("dashboard-done");

            for (String page : new String[] {"goals", "settings", "progress"}) {
                driver.get(base + page);
                browser.assertAccessible();
                browser.screenshots(page);
            }
        }
    }

    @Test
    void withoutJavaScriptEveryStepIsAPlainFormPost() {
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            signUpAndCreatePythonGoal(browser, "nojs");

            WebElement card = driver.findElement(By.cssSelector(".goal-card"));
            card.findElement(By.name("amount")).clear();
            card.findElement(By.name("amount")).sendKeys("20");
            // Without JavaScript the form posts and the browser loads a new page: wait for it.
            browser.clickAndWait(card.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]")));

            assertThat(driver.findElement(By.cssSelector(".goal-card")).getText())
                    .contains("Saved.")
                    .contains("10 more minutes today")
                    .contains("Not yet");

            browser.clickAndWait(driver.findElement(By.cssSelector(".goal-card"))
                    .findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]")));
            assertThat(driver.findElement(By.cssSelector(".goal-card")).getText())
                    .contains("Done for today")
                    .contains("Day 1 of a new run");
            assertThat(driver.findElement(By.id("recent-title"))
                            .findElement(By.xpath(".."))
                            .getText())
                    .contains("Python")
                    .contains("20 minutes")
                    .contains("10 minutes");
        }
    }

    private void signUpAndCreatePythonGoal(Browser browser, String tag) {
        WebDriver driver = browser.driver;
        driver.get(base.toString());
        assertThat(driver.getTitle()).contains("Riyaz");
        browser.assertAccessible();
        browser.screenshots("welcome-" + tag);

        browser.clickAndWait(driver.findElement(By.linkText("Create your free account")));
        driver.findElement(By.id("displayName")).sendKeys("Asha");
        driver.findElement(By.id("email")).sendKeys("asha-" + tag + "-" + System.nanoTime() + "@example.com");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        if (tag.equals("js")) {
            assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("timeZone")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .as("the browser's time zone is chosen for you")
                    .isEqualTo(Browser.TIME_ZONE);
        }
        browser.assertAccessible();
        browser.screenshots("signup-" + tag);
        browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='Create account']")));

        // New accounts land on the welcome; this test builds its goal by hand instead.
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Asha!");
        browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='Skip for now']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        assertThat(driver.getPageSource()).contains("Start with one small goal");
        browser.assertAccessible();
        browser.screenshots("dashboard-empty-" + tag);

        browser.clickAndWait(driver.findElement(By.linkText("Create your first goal")));
        driver.findElement(By.id("title")).sendKeys("Python");
        assertThat(driver.findElement(By.id("dailyTarget")).getAttribute("value"))
                .isEqualTo("30");
        assertThat(driver.findElement(By.id("unit")).getAttribute("value")).isEqualTo("minutes");
        browser.assertAccessible();
        browser.screenshots("goal-form-" + tag);
        browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='Create goal']")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .contains("Goal created");
        browser.assertAccessible();
        browser.screenshots("dashboard-goal-" + tag);
    }
}
