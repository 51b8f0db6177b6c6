package dev.riyaz.web;

import java.net.URL;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** From Settings to a git hook: pick the goal, say how much a commit counts, get the script and the steps. */
@QuarkusTest
@BrowserTest
class GitHookBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void settingsLeadsToTheHookForTheChosenGoal() {
        WebForms.Visitor asha = WebForms.signedUp("githook" + System.nanoTime() + "@example.com");
        asha.post("/goals/new", "/goals", Map.of("title", "Kata", "kind", "check"));
        asha.post(
                "/goals/new",
                "/goals",
                Map.of("title", "Python", "kind", "measured", "dailyTarget", "30", "unit", "minutes"));

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "settings");
            browser.assertAccessible();
            browser.screenshots("settings-git-hook");

            new Select(driver.findElement(By.id("git-goal"))).selectByVisibleText("Python (minutes)");
            WebElement amount = driver.findElement(By.id("git-amount"));
            amount.clear();
            amount.sendKeys("25");
            browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Show my hook']")));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Log practice from git");
            assertThat(driver.findElement(By.id("hook-summary")).getText())
                    .startsWith("Each new commit logs 25 minutes for \"Python\"");
            assertThat(driver.findElement(By.id("hook-script")).getDomProperty("value"))
                    .startsWith("#!/bin/sh\n")
                    .contains("\nriyaz_amount=25\n");
            assertThat(driver.findElement(By.xpath("//button[normalize-space()='Copy script']"))
                            .isDisplayed())
                    .as("with JavaScript, a copy button")
                    .isTrue();
            browser.assertAccessible();
            browser.assertFitsOnASmallPhone();
            browser.screenshots("git-hook");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('install-title').scrollIntoView()");
            browser.screenshots("git-hook-steps");
        }
    }
}
