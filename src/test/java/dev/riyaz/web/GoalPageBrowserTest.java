package dev.riyaz.web;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** On the goal page, logging a day on the month calendar shows at once in the heatmap and the streak. */
@QuarkusTest
@BrowserTest
class GoalPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void loggingOnTheCalendarFillsTheHeatmapAndGrowsTheStreak() {
        WebForms.Visitor asha = WebForms.signedUp("calendar" + System.nanoTime() + "@example.com");
        asha.post(
                "/goals/new",
                "/goals",
                Map.of("title", "Python", "kind", "measured", "dailyTarget", "30", "unit", "minutes"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "goals");
            browser.clickAndWait(driver.findElement(By.linkText("Python")));
            assertThat(driver.findElement(By.id("current-streak")).getText()).isEqualTo("Not started");
            assertThat(cell(driver, today).getAttribute("class")).isEqualTo("hm-0");
            browser.assertAccessible();
            browser.screenshots("goal-page-empty");

            logOnCalendar(browser, today, "30");
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .contains("Practice saved");
            assertThat(driver.findElement(By.id("current-streak")).getText()).isEqualTo("1 day");
            assertThat(cell(driver, today).getAttribute("class")).isEqualTo("hm-4");
            assertThat(cell(driver, today).findElement(By.tagName("title")).getAttribute("textContent"))
                    .endsWith(": 30 minutes");

            LocalDate yesterday = today.minusDays(1);
            if (yesterday.getMonth() == today.getMonth()) {
                logOnCalendar(browser, yesterday, "45");
                assertThat(driver.findElement(By.id("current-streak")).getText())
                        .isEqualTo("2 days");
                assertThat(cell(driver, yesterday)
                                .findElement(By.tagName("title"))
                                .getAttribute("textContent"))
                        .endsWith(": 45 minutes");
            }
            browser.assertAccessible();
            browser.screenshots("goal-page");
        }
    }

    private static org.openqa.selenium.WebElement cell(WebDriver driver, LocalDate day) {
        return driver.findElement(By.cssSelector("rect[data-date='" + day + "']"));
    }

    private static void logOnCalendar(Browser browser, LocalDate day, String amount) {
        WebDriver driver = browser.driver;
        browser.clickAndWait(driver.findElement(By.cssSelector(".calendar a[href$='/days/" + day + "']")));
        driver.findElement(By.id("amount")).clear();
        driver.findElement(By.id("amount")).sendKeys(amount);
        browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='Done']")));
    }
}
