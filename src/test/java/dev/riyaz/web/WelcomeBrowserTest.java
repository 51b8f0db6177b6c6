package dev.riyaz.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person signs up and goes through the welcome: goals, a reminder time and free places to learn, then sees
 * today's goal cards. Monday 4 January 2027, 06:30 in Kolkata.
 */
@QuarkusTest
@BrowserTest
class WelcomeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNewPersonPicksGoalsAReminderAndLinksAndSeesToday() {
        MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            String email = signUp(browser, "js");
            // Today, before the welcome is done, offers it as the next step.
            driver.get(base.toString());
            assertThat(driver.findElement(By.cssSelector(".empty .button")).getText())
                    .isEqualTo("Set up in a minute");
            browser.assertAccessible();
            browser.screenshots("dashboard-empty-welcome");
            browser.clickAndWait(driver.findElement(By.linkText("Set up in a minute")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Asha!");
            assertThat(driver.getPageSource()).contains("Riyaz is not connected to a mail server yet");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("welcome-flow");
            wholePage(browser, "welcome-flow-whole");

            browser.clickAndWait(button(driver, "Start practising"));
            assertThat(driver.findElement(By.id("goals-error")).getText())
                    .isEqualTo("Pick at least one goal to start with. You can add more later.");
            assertThat(driver.findElement(By.id("goals")).getAttribute("aria-describedby"))
                    .contains("goals-error");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("welcome-flow-error");
            wholePage(browser, "welcome-flow-error-whole");

            tick(driver, "goals", "python");
            tick(driver, "goals", "problem");
            WebElement time = driver.findElement(By.id("reminderTime"));
            time.sendKeys("0730PM");
            assertThat(time.getAttribute("value")).isEqualTo("19:30");
            tick(driver, "links", "mdn");
            assertThat(checkbox(driver, "links", "mdn").isSelected()).isFalse();
            browser.clickAndWait(button(driver, "Start practising"));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Today");
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .isEqualTo("You're set. Here is today.");
            List<WebElement> cards = driver.findElements(By.cssSelector(".goal-card"));
            assertThat(cards)
                    .extracting(card -> card.findElement(By.tagName("h3")).getText())
                    .containsExactly("Python", "One coding problem");
            assertThat(cards.get(0).getText()).contains("A fresh start: this week can be week one");
            assertThat(cards.get(0).findElement(By.name("amount")).getAttribute("value"))
                    .isEqualTo("30");
            browser.assertAccessible();
            browser.screenshots("welcome-flow-today");

            long python = Long.parseLong(cards.get(0).getAttribute("id").replace("goal-", ""));
            driver.get(base + "goals/" + python + "/reminders");
            assertThat(driver.findElement(By.cssSelector(".reminder-row")).getText())
                    .contains("19:30, every day")
                    .contains("Only if you have not practised yet")
                    .contains("Next mail: Mon 4 Jan, 19:30");

            List<String> links = given().auth()
                    .oauth2(People.tokenFor(email))
                    .get("/api/v1/resources?goalId=" + python + "&sort=title")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("title");
            assertThat(links)
                    .containsExactly(
                            "CS50's Introduction to Programming with Python",
                            "Exercism Python track",
                            "freeCodeCamp",
                            "The Python Tutorial");
        }
    }

    @Test
    void withoutJavaScriptAnOwnGoalIsSetUpToo() {
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            signUp(browser, "nojs");
            tick(driver, "goals", "problem");
            driver.findElement(By.id("ownTitle")).sendKeys("SQL basics");
            browser.clickAndWait(button(driver, "Start practising"));

            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .isEqualTo("You're set. Here is today.");
            assertThat(driver.findElements(By.cssSelector(".goal-card h3")))
                    .extracting(WebElement::getText)
                    .containsExactly("One coding problem", "SQL basics");
            browser.screenshots("welcome-flow-today-nojs");
        }
    }

    /** Signs up on the sign-up page and lands on the welcome; answers the e-mail address. */
    private String signUp(Browser browser, String tag) {
        WebDriver driver = browser.driver;
        String email = "welcome-" + tag + "-" + System.nanoTime() + "@example.com";
        driver.get(base + "signup");
        driver.findElement(By.id("displayName")).sendKeys("Asha");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("timeZone"))).selectByValue("Asia/Kolkata");
        browser.clickAndWait(button(driver, "Create account"));
        assertThat(driver.getCurrentUrl()).endsWith("/welcome");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Asha!");
        return email;
    }

    /** The welcome is longer than a screen: saves all of it at phone and laptop width, to look at. */
    private static void wholePage(Browser browser, String name) {
        WebDriver driver = browser.driver;
        try {
            for (int width : new int[] {375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                long height = (Long)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
                driver.manage().window().setSize(new Dimension(width, (int) height + 200));
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(Path.of("target", "screenshots", name + "-" + width + ".png"), png);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement checkbox(WebDriver driver, String name, String value) {
        return driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    }

    private static void tick(WebDriver driver, String name, String value) {
        checkbox(driver, name, value).click();
    }

    private static WebElement button(WebDriver driver, String words) {
        return driver.findElement(By.xpath("//main//button[normalize-space(.)='" + words + "']"));
    }
}
