package dev.riyaz.account;

import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

import dev.riyaz.reminder.ReminderDispatcher;
import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.PushDevices;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on a phone and a laptop, light and dark: Settings with its "Delete my account" part, Settings, Mail with
 * a kept mail shown as it will arrive (in a frame where no script runs), and deleting the account to the goodbye page.
 */
@QuarkusTest
@BrowserTest
class SettingsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void settingsShowTheMailAsItArrivesAndDeleteTheAccount() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        String email = "settings" + System.nanoTime() + "@example.com";
        WebForms.Visitor asha = WebForms.signedUp(email);
        People.Person person = new People.Person(asha.userId(), email, People.tokenFor(email));
        Reminders.addAt(person, Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-01")), "08:00");
        PushDevices.add(person, "Asha's phone", "settings-");
        clock.set(Instant.parse("2027-01-04T02:30:00Z")); // 08:00 in Asia/Kolkata, the zone of the sign-up page
        Arc.container().instance(ReminderDispatcher.class).get().dispatchDue();
        keepMailWithAScript(person.id());

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));

            driver.get(base + "settings/mail");
            WebElement frame = driver.findElement(By.cssSelector("details[open] iframe.mail-frame"));
            assertThat(frame.getDomAttribute("sandbox")).doesNotContain("allow-scripts");
            driver.switchTo().frame(frame);
            assertThat(driver.findElement(By.id("ran")).getText())
                    .as("a script in a mail")
                    .isEqualTo("no script ran");
            driver.switchTo().defaultContent();
            WebElement preview =
                    driver.findElements(By.cssSelector("iframe.mail-frame")).get(1);
            driver.findElements(By.cssSelector(".mail-preview > summary"))
                    .get(1)
                    .click();
            driver.switchTo().frame(preview);
            assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color"))
                    .as("the mail's own inline styles apply in the frame")
                    .isEqualTo("rgba(250, 247, 242, 1)");
            assertThat(driver.findElement(By.linkText("Log it: done")).getCssValue("background-color"))
                    .isEqualTo("rgba(42, 101, 85, 1)");
            driver.switchTo().defaultContent();
            driver.findElements(By.cssSelector(".mail-text > summary")).forEach(WebElement::click);
            check(browser, "settings-mail");
            assertThat(frameless(driver))
                    .as("accessibility problems around the mail frames")
                    .isEmpty();

            driver.get(base + "settings#delete-account");
            driver.findElement(By.cssSelector("#delete-account summary")).click();
            assertThat(driver.findElement(By.cssSelector("#delete-account a[download]"))
                            .getText())
                    .isEqualTo("Download everything (JSON)");
            check(browser, "settings-delete");
            dark(driver, true);
            check(browser, "settings-delete-dark");
            dark(driver, false);

            driver.findElement(By.id("delete-password")).sendKeys("not my password");
            driver.findElement(By.name("confirmed")).click();
            browser.clickAndWait(driver.findElement(By.cssSelector("#delete-account button[type=submit]")));
            assertThat(driver.findElement(By.id("delete-password-error")).getText())
                    .isEqualTo("That is not your password. Type the one you log in with.");
            check(browser, "settings-delete-wrong");

            driver.findElement(By.id("delete-password")).sendKeys(People.PASSWORD);
            if (!driver.findElement(By.name("confirmed")).isSelected()) {
                driver.findElement(By.name("confirmed")).click();
            }
            browser.clickAndWait(driver.findElement(By.cssSelector("#delete-account button[type=submit]")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Account deleted");
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .isEqualTo("Your account and everything in it is gone.");
            check(browser, "settings-goodbye");
            driver.get(base + "settings");
            assertThat(driver.getCurrentUrl()).contains("/login");
        }
    }

    /**
     * Axe finds nothing serious (on the mail page without entering the mail frames: axe cannot run where scripts may
     * not, and waits for each such frame till it times out), nothing scrolls sideways at 375 (or 320) px, and pictures
     * for a person to look at.
     */
    private static void check(Browser browser, String name) {
        WebDriver driver = browser.driver;
        boolean frames = !driver.findElements(By.tagName("iframe")).isEmpty();
        if (!frames) {
            browser.assertAccessible();
        }
        driver.manage().window().setSize(new Dimension(375, 812));
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(fits).as("%s fits 375 px without scrolling sideways", name).isEqualTo(true);
        if (frames) {
            assertThat(frameless(driver))
                    .as("accessibility problems on %s at 375 px", name)
                    .isEmpty();
        } else {
            browser.assertAccessible();
        }
        browser.assertFitsOnASmallPhone();
        browser.screenshots(name);
    }

    /** Serious or critical axe findings on the page itself, not inside its frames. */
    private static List<String> frameless(WebDriver driver) {
        return new com.deque.html.axecore.selenium.AxeBuilder()
                .disableIframeTesting().analyze(driver).getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(rule -> rule.getId() + ": " + rule.getNodes())
                        .toList();
    }

    private static void dark(WebDriver driver, boolean on) {
        ((ChromiumDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of(
                                "features",
                                List.of(Map.of("name", "prefers-color-scheme", "value", on ? "dark" : "light"))));
    }

    /** A kept mail whose HTML carries a script and an 80-character signed link in its text, as the newest one. */
    private static void keepMailWithAScript(long owner) {
        OffsetDateTime later = OffsetDateTime.of(2027, 1, 4, 9, 0, 0, 0, ZoneOffset.UTC);
        String link = "https://riyaz.example/m/log/" + "eyJhbGciOiJIUzI1NiJ9".repeat(4);
        Arc.container()
                .instance(Rows.class)
                .get()
                .execute(
                        "insert into outbox_mail (id, owner_id, dedupe_key, kind, to_address, subject, text_body,"
                                + " html_body, status, attempts, next_attempt_at, created_at) values (?, ?, ?,"
                                + " 'digest', 'a@example.com', 'Still open today', ?, ?, 'held', 0, ?, ?)",
                        -(owner * 10 + 1),
                        owner,
                        "browser-" + owner,
                        "Log it: " + link,
                        "<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body>"
                                + "<p id=\"ran\">no script ran</p>"
                                + "<script>document.getElementById('ran').textContent = 'a script ran';</script>"
                                + "</body></html>",
                        later,
                        later);
    }
}
