package dev.riyaz.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person saves a page they are reading with the "Save to Riyaz" bookmarklet, attaches it to a goal, sees it as
 * today's pick on the dashboard and practises with it. Saturday 14 March 2026, noon in Kolkata.
 */
@QuarkusTest
@BrowserTest
class LibraryBrowserTest {

    private static final String PAGE_TITLE = "Python Koans — learn by fixing tests";

    @TestHTTPResource("/")
    URL base;

    @Test
    void theBookmarkletSavesThePageBeingReadAndItBecomesTodaysPick() throws Exception {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        String email = "bookmarklet" + System.nanoTime() + "@example.com";
        WebForms.Visitor asha = WebForms.signedUp(email);
        asha.post("/goals/new", "/goals", Map.of("title", "Python", "kind", "check"));
        String token = People.tokenFor(email);

        HttpServer elsewhere = somePageOnTheWeb();
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "resources");
            assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("Save the links you were given");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("library-empty");
            String bookmarklet = driver.findElement(By.id("bookmarklet")).getDomAttribute("href");
            assertThat(bookmarklet).startsWith("javascript:");

            // On another site, the bookmark runs on that page.
            String koans = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/koans/?from=meetup";
            driver.get(koans);
            String home = driver.getWindowHandle();
            ((JavascriptExecutor) driver).executeScript(bookmarklet.substring("javascript:".length()));
            switchToTheForm(driver, home);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Add a link");
            assertThat(driver.findElement(By.id("url")).getAttribute("value")).isEqualTo(koans);
            assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(PAGE_TITLE);
            assertThat(saved(token)).as("the form waits for a click").isZero();
            browser.assertAccessible();
            browser.screenshots("library-bookmarklet-form");

            driver.findElement(By.xpath("//label[normalize-space()='Python']/input"))
                    .click();
            browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Save link']")));
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .isEqualTo("Link saved.");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(PAGE_TITLE);
            assertThat(saved(token)).isEqualTo(1);
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("library-resource");

            // Today's card suggests it; Done logs practice with it (in place, with htmx).
            driver.get(base.toString());
            assertThat(driver.findElement(By.cssSelector(".goal-card .pick")).getText())
                    .startsWith("Today's pick: " + PAGE_TITLE);
            browser.assertAccessible();
            browser.screenshots("library-dashboard-pick");
            driver.findElement(By.xpath(
                            "//li[contains(@class,'goal-card')]//button[starts-with(normalize-space(.), 'Done')]"))
                    .click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".goal-card"), "Done for today"));

            driver.get(base + "resources");
            assertThat(driver.findElement(By.cssSelector(".resource-item")).getText())
                    .contains(PAGE_TITLE)
                    .contains("For Python")
                    .contains("Last used Sat 14 Mar 2026");
            browser.assertFitsOnASmallPhone();
            browser.assertAccessible();
            browser.screenshots("library");
            browser.clickAndWait(driver.findElement(By.linkText(PAGE_TITLE)));
            assertThat(driver.findElement(By.id("use-title"))
                            .findElement(By.xpath(".."))
                            .getText())
                    .contains("Practised with once")
                    .contains("1 session for Python");
        } finally {
            elsewhere.stop(0);
        }
    }

    /** The bookmarklet opens a small window, or the same tab when pop-ups are blocked: go to wherever the form is. */
    private static void switchToTheForm(WebDriver driver, String home) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            for (String handle : d.getWindowHandles()) {
                d.switchTo().window(handle);
                if (d.getCurrentUrl().contains("/resources/new")
                        && !d.findElements(By.id("url")).isEmpty()) {
                    return true;
                }
            }
            d.switchTo().window(home);
            return false;
        });
    }

    private long saved(String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id")
                .size();
    }

    /** A page on another site, as the person would be reading it. */
    private static HttpServer somePageOnTheWeb() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + PAGE_TITLE
                            + "</title></head><body><h1>Koans</h1></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
