package dev.riyaz.circle;

import java.net.URL;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Goals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 375 px phone: a person starts a circle and makes an invite link; a second person joins by the link and shares
 * one goal; the first sees it on the circle page. axe finds nothing serious, in light and dark.
 */
@QuarkusTest
@BrowserTest
class CircleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aCircleIsStartedJoinedByLinkAndShowsTheSharedGoal() {
        CirclePagesTest.Someone asha = CirclePagesTest.someone("Asha");
        CirclePagesTest.Someone ravi = CirclePagesTest.someone("Ravi");
        long katas = Goals.check(ravi.person(), "Katas");
        Goals.check(ravi.person(), "Private goal");

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            browser.width(375);
            signIn(driver, asha);
            driver.get(base + "circles");
            check(browser, "circles-empty");
            browser.clickAndWait(button(driver, "Start a circle"));
            driver.findElement(By.id("name")).sendKeys("Hydpy beginners");
            driver.findElement(By.id("description")).sendKeys("Python practice, Saturdays at the library");
            check(browser, "circles-start");
            browser.clickAndWait(button(driver, "Start the circle"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hydpy beginners");
            browser.clickAndWait(button(driver, "Invite links"));
            browser.clickAndWait(button(driver, "Make a link"));
            String link = driver.findElement(By.id("invite-link")).getAttribute("value");
            assertThat(link).matches("https?://.+/circles/join/[A-Za-z0-9_-]{43}");
            check(browser, "circle-invites");

            signIn(driver, ravi);
            driver.get(base + link.substring(link.indexOf("circles/join/")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Join Hydpy beginners");
            check(browser, "circle-join");
            browser.clickAndWait(button(driver, "Join"));
            browser.clickAndWait(button(driver, "Choose what this circle sees"));
            driver.findElement(By.xpath("//label[contains(., 'Katas')]/input")).click();
            check(browser, "circle-choose");
            browser.clickAndWait(button(driver, "Save what this circle sees"));
            Goals.log(ravi.person(), katas, Map.of());

            signIn(driver, asha);
            driver.get(base + "circles");
            browser.clickAndWait(driver.findElement(By.linkText("Hydpy beginners")));
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .contains("Ravi", "Katas", "1 practice day this week")
                    .doesNotContain("Private goal");
            check(browser, "circle-page");
            browser.wholePageScreenshot("circle-page-whole", 375);
            browser.clickAndWait(button(driver, "2 members"));
            check(browser, "circle-members");
        }
    }

    private void signIn(WebDriver driver, CirclePagesTest.Someone someone) {
        driver.get(base.toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("riyaz_session", someone.browser().session));
    }

    /** Fits a small phone, axe-clean in light and dark, and saved for a person to look at. */
    private static void check(Browser browser, String name) {
        browser.assertFitsOnASmallPhone();
        browser.assertAccessible();
        browser.darkMode(true);
        browser.assertAccessible();
        browser.screenshots(name + "-dark");
        browser.darkMode(false);
        browser.screenshots(name);
        browser.width(375);
    }

    private static WebElement button(WebDriver driver, String words) {
        return driver.findElement(
                By.xpath("//main//*[(self::button or self::a) and starts-with(normalize-space(.), '" + words + "')]"));
    }
}
