package dev.riyaz.calendar;

import java.net.URL;

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

/** In Chromium: the Calendar part of Settings and the page that shows a new link, on a phone and a laptop. */
@QuarkusTest
@BrowserTest
class CalendarBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPersonTurnsTheCalendarLinkOnCopiesItAndTurnsItOff() {
        WebForms.Visitor asha = WebForms.signedUp("calendar" + System.nanoTime() + "@example.com");
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "settings#calendar-title");
            checkAndPicture(browser, "calendar-settings-off");

            browser.clickAndWait(driver.findElement(By.xpath("//button[text()='Turn on calendar link']")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your calendar link");
            assertThat(driver.findElement(By.id("calendar-url")).getText())
                    .matches("https://riyaz\\.example/calendar/[A-Za-z0-9_-]{43}\\.ics");
            assertThat(driver.findElement(By.cssSelector("button[data-copy='calendar-url']"))
                            .isDisplayed())
                    .isTrue();
            checkAndPicture(browser, "calendar-link");

            browser.clickAndWait(driver.findElement(By.linkText("Back to settings")));
            assertThat(driver.getPageSource()).contains("Your calendar link is on.");
            checkAndPicture(browser, "calendar-settings-on");

            browser.clickAndWait(driver.findElement(By.xpath("//button[text()='Turn off']")));
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .startsWith("Calendar link turned off.");
            assertThat(driver.findElement(By.xpath("//button[text()='Turn on calendar link']"))
                            .isDisplayed())
                    .isTrue();
        }
    }

    private static void checkAndPicture(Browser browser, String name) {
        browser.assertAccessible();
        browser.assertFitsOnASmallPhone();
        browser.screenshots(name);
    }
}
