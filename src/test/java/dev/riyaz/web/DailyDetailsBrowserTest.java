package dev.riyaz.web;

import java.net.URL;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small things around the daily loop, in a browser: the grouped time zone select in Settings, a reminder that
 * says today's mail is skipped, and a link saved twice. Monday 4 January 2027, 06:30 in Kolkata.
 */
@QuarkusTest
@BrowserTest
class DailyDetailsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void zonesRemindersAndLinksSayWhatTheyMean() {
        MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        String email = "details" + System.nanoTime() + "@example.com";
        WebForms.Visitor asha = WebForms.signedUp(email);
        Person person = new Person(asha.userId(), email, People.tokenFor(email));
        long goal = Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-01"));
        Reminders.addAt(person, goal, "20:00");
        Goals.log(person, goal, Map.of());
        person.api()
                .body(Map.of("url", "https://docs.python.org/3/tutorial/", "title", "The Python Tutorial"))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);

        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                String tag = javascript ? "js" : "nojs";
                driver.get(base.toString());
                driver.manage().addCookie(new Cookie("riyaz_session", asha.session));

                driver.get(base + "settings");
                Select zone = new Select(driver.findElement(By.id("timeZone")));
                assertThat(zone.getFirstSelectedOption().getText()).isEqualTo("Kolkata — UTC+05:30 (India Time)");
                assertThat(driver.findElements(By.cssSelector("#timeZone optgroup"))
                                .get(0)
                                .getAttribute("label"))
                        .isEqualTo("Suggested");
                browser.assertFitsOnASmallPhone();
                browser.assertAccessible();
                browser.screenshots("settings-zone-" + tag);

                driver.get(base + "goals/" + goal + "/reminders");
                assertThat(driver.findElement(By.cssSelector(".reminder-row")).getText())
                        .contains("Today is done, so no mail today. Next: Tue 5 Jan, 20:00");
                browser.assertFitsOnASmallPhone();
                browser.assertAccessible();
                browser.screenshots("reminders-skipped-" + tag);

                driver.get(base + "resources/new");
                driver.findElement(By.id("url")).sendKeys("docs.python.org/3/tutorial");
                browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space(.)='Save link']")));
                assertThat(driver.findElement(By.id("saved-before")).getText())
                        .isEqualTo("You saved this link on Mon 4 Jan 2027: The Python Tutorial");
                assertThat(driver.findElement(By.id("url")).getAttribute("value"))
                        .isEqualTo("docs.python.org/3/tutorial");
                browser.assertFitsOnASmallPhone();
                browser.assertAccessible();
                browser.screenshots("library-saved-before-" + tag);
                if (javascript) {
                    browser.clickAndWait(driver.findElement(By.linkText("Open the one you have")));
                    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The Python Tutorial");
                } else {
                    browser.clickAndWait(driver.findElement(By.cssSelector(".saved-before button")));
                    assertThat(driver.findElement(By.tagName("h1")).getText())
                            .as("saved again, named by its site")
                            .isEqualTo("docs.python.org");
                    assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                                    .getText())
                            .contains("You had saved this page before too.");
                }
            }
        }
    }
}
