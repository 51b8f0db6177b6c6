package dev.riyaz.web;

import java.net.URL;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.reminder.ReminderDispatcher;
import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a goal's page a person sets a weekday reminder, turns it off, changes the daily summary, and opens the links a
 * reminder mail carries without being logged in. Monday 4 January 2027, 06:30 in Kolkata.
 */
@QuarkusTest
@BrowserTest
class ReminderBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LinkTokens tokens;

    @Inject
    ReminderDispatcher dispatcher;

    @Test
    void aWeekdayReminderCanBeSetTurnedOffAndStoppedFromItsMail() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("reminders" + System.nanoTime() + "@example.com");
        asha.post(
                "/goals/new",
                "/goals",
                Map.of("title", "Python", "kind", "measured", "dailyTarget", "30", "unit", "minutes"));

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "goals");
            browser.clickAndWait(driver.findElement(By.linkText("Python")));
            long goal = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/goals/", ""));
            browser.clickAndWait(button(driver, "Reminders"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reminders for Python");
            assertThat(driver.getPageSource()).contains("No reminders yet.");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("reminders-empty");

            long reminder = addAReminderAt0730OnWeekdays(browser);
            clock.set(Instant.parse("2027-01-04T02:00:00Z"));
            assertThat(dispatcher.dispatchDue().queued()).isGreaterThanOrEqualTo(1);
            long person = asha.userId();
            // The links in that mail work without logging in.
            driver.manage().deleteAllCookies();
            openSnoozeLink(browser, person, reminder);
            openLogLink(browser, person, goal);

            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "goals/" + goal + "/reminders");
            turnItOff(browser);
            changeDigestToDailyAt0745(browser);
            driver.manage().deleteAllCookies();
            // A reminder that is off offers no snooze; its unsubscribe link still works.
            driver.get(base + "m/snooze/"
                    + tokens.sign(new LinkTokens.Claim(Action.snooze, person, reminder, "2027-01-04")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
            openUnsubscribeLink(browser, person, reminder);
            driver.get(base + "m/log/not-a-real-link");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("mail-link-broken");
        }
    }

    /** Answers the new reminder's id. */
    private static long addAReminderAt0730OnWeekdays(Browser browser) {
        WebDriver driver = browser.driver;
        type(driver.findElement(By.id("time")), "0730AM", "07:30");
        driver.findElement(By.cssSelector("input[name='days'][value='SAT']")).click();
        driver.findElement(By.cssSelector("input[name='days'][value='SUN']")).click();
        browser.clickAndWait(button(driver, "Add reminder"));
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .isEqualTo("Reminder added.");
        assertThat(driver.findElement(By.cssSelector(".reminder-row")).getText())
                .contains("07:30, Monday to Friday")
                .contains("Only if you have not practised yet")
                .contains("Next mail: Mon 4 Jan, 07:30");
        String action = driver.findElement(By.cssSelector(".reminder-row form[action$='/switch']"))
                .getAttribute("action");
        return Long.parseLong(action.replaceAll(".*/reminders/(\\d+)/switch$", "$1"));
    }

    /** After the first mail went out, the list shows the next one; turning the reminder off takes it away. */
    private static void turnItOff(Browser browser) {
        WebDriver driver = browser.driver;
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector(".reminder-row")).getText())
                .contains("Next mail: Tue 5 Jan, 07:30");
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("reminders");

        browser.clickAndWait(button(driver, "Turn off"));
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .startsWith("Reminder turned off.");
        assertThat(driver.findElement(By.cssSelector(".reminder-row")).getText())
                .contains("07:30, Monday to Friday (off)")
                .doesNotContain("Next mail");
        assertThat(button(driver, "Turn on").isDisplayed()).isTrue();
        browser.assertAccessible();
        browser.screenshots("reminders-off");
    }

    private void changeDigestToDailyAt0745(Browser browser) {
        WebDriver driver = browser.driver;
        browser.clickAndWait(button(driver, "Mail settings"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mail");
        assertThat(driver.getPageSource()).contains("Riyaz is not connected to a mail server yet");
        WebElement kept = driver.findElement(By.cssSelector("#main details.mail-preview"));
        assertThat(kept.findElement(By.xpath("..")).getText())
                .contains("Python: ")
                .contains("Kept here (no mail server)");
        assertThat(kept.getAttribute("open"))
                .as("the newest mail is shown open")
                .isNotNull();
        // The mail as it will arrive, in its own frame.
        driver.switchTo().frame(kept.findElement(By.tagName("iframe")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Time for Python.");
        driver.switchTo().defaultContent();
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("mail-settings");

        driver.findElement(By.cssSelector("input[name='digest'][value='daily']"))
                .click();
        type(driver.findElement(By.id("digestTime")), "0745AM", "07:45");
        browser.clickAndWait(button(driver, "Save"));
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .isEqualTo("Mail settings saved.");
        assertThat(driver.findElement(By.cssSelector("input[name='digest'][value='daily']"))
                        .isSelected())
                .isTrue();
        assertThat(driver.findElement(By.id("digestTime")).getAttribute("value"))
                .isEqualTo("07:45");
        browser.assertAccessible();
        browser.screenshots("mail-settings-saved");
    }

    private void openSnoozeLink(Browser browser, long person, long reminder) {
        WebDriver driver = browser.driver;
        driver.get(
                base + "m/snooze/" + tokens.sign(new LinkTokens.Claim(Action.snooze, person, reminder, "2027-01-04")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Remind you about Python again?");
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("mail-link-snooze");

        browser.clickAndWait(button(driver, "Remind me at 08:30"));
        assertThat(driver.findElement(By.cssSelector(".lead")).getText())
                .isEqualTo("We will remind you about Python again at 08:30.");
        browser.assertAccessible();
        browser.screenshots("mail-link-snoozed");
    }

    private void openLogLink(Browser browser, long person, long goal) {
        WebDriver driver = browser.driver;
        driver.get(base + "m/log/" + tokens.sign(new LinkTokens.Claim(Action.log, person, goal, "2027-01-04")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Log practice for Python?");
        assertThat(driver.findElement(By.id("amount")).getAttribute("value")).isEqualTo("30");
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("mail-link-log");

        browser.clickAndWait(button(driver, "Log it"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Logged. Well done!");
        assertThat(driver.findElement(By.cssSelector(".lead")).getText()).isEqualTo("Python is logged for Mon 4 Jan.");
        browser.assertAccessible();
        browser.screenshots("mail-link-logged");
    }

    private void openUnsubscribeLink(Browser browser, long person, long reminder) {
        WebDriver driver = browser.driver;
        driver.get(base + "u/" + tokens.sign(new LinkTokens.Claim(Action.unsubscribe, person, reminder, "")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Stop the 07:30 reminder for Python?");
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.screenshots("mail-link-unsubscribe");

        browser.clickAndWait(button(driver, "Stop this reminder"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Done");
        assertThat(driver.findElement(By.cssSelector(".lead")).getText())
                .isEqualTo("The 07:30 reminder for Python is off.");
        browser.assertAccessible();
        browser.screenshots("mail-link-unsubscribed");
    }

    /** A button or button-like link by the words it starts with (some add the goal's name for screen readers). */
    private static WebElement button(WebDriver driver, String words) {
        return driver.findElement(
                By.xpath("//main//*[(self::button or self::a) and starts-with(normalize-space(.), '" + words + "')]"));
    }

    /** Tabs into a time field and types as a person does in Chromium's 12-hour field; checks the time it holds. */
    private static void type(WebElement time, String keys, String expected) {
        time.sendKeys(keys);
        assertThat(time.getAttribute("value")).isEqualTo(expected);
    }
}
