package dev.riyaz.web;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** Chromium finds nothing missing to install the signed-in app: manifest, icons, start address, standalone window. */
@QuarkusTest
@BrowserTest
class InstallableBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void chromiumReportsNoInstallabilityErrorsForTheSignedInApp() {
        WebForms.Visitor asha = WebForms.signedUp("install" + System.nanoTime() + "@example.com");
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = (ChromeDriver) browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base.toString());
            assertThat(driver.findElement(By.cssSelector("link[rel=manifest]")).getDomAttribute("href"))
                    .isEqualTo("/manifest.webmanifest");

            // Chromium reads the manifest and its icons after the page: ask until it has an answer with the manifest.
            Map<String, Object> manifest = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
                Map<String, Object> app = driver.executeCdpCommand("Page.getAppManifest", Map.of());
                return app.get("data") instanceof String data && !data.isEmpty() ? app : null;
            });
            assertThat((List<?>) manifest.get("errors")).as("manifest errors").isEmpty();

            Map<String, Object> answer = driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
            assertThat((List<?>) answer.get("installabilityErrors"))
                    .as("installability errors of %s", driver.getCurrentUrl())
                    .isEmpty();
            browser.assertAccessible();
            browser.screenshots("installable-today");

            // The same question about a page without the manifest (the API's documentation) does get an answer.
            driver.get(base + "q/swagger-ui/");
            List<?> errors = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
                List<?> found = (List<?>) driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of())
                        .get("installabilityErrors");
                return found.isEmpty() ? null : found;
            });
            assertThat(errors.toString()).contains("manifest");
        }
    }
}
