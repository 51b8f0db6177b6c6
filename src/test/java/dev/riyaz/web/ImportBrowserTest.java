package dev.riyaz.web;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.LoopExport;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/** From Settings, a person brings in their Loop Habit Tracker history: upload, preview, import, Today. */
@QuarkusTest
@BrowserTest
class ImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLoopExportIsPreviewedThenImported() throws Exception {
        MutableClock.installAt(Instant.parse("2026-03-14T06:30:00Z"));
        WebForms.Visitor asha = WebForms.signedUp("importer" + System.nanoTime() + "@example.com");
        LoopExport export = new LoopExport();
        LoopExport.Habit python = export.habit("Python").frequency(3, 7);
        for (int day = 1; day <= 28; day++) {
            python.mark(String.format("2026-02-%02d", day), day % 2 == 0 ? "YES_MANUAL" : "NO");
        }
        export.habit("Coffee").numerical("cups", "2", "AT_MOST").mark("2026-03-01", "1000");
        Path zip = Files.createTempFile("loop", ".zip");
        Files.write(zip, export.zip());

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get(base.toString());
            driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
            driver.get(base + "settings");
            browser.clickAndWait(driver.findElement(By.linkText("Import a file")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Import");
            browser.assertAccessible();
            browser.assertFitsOnASmallPhone();
            browser.screenshots("import-upload");

            driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
            browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Check the file']")));
            assertThat(driver.findElement(By.tagName("h2")).getText())
                    .isEqualTo("Found in this Loop Habit Tracker file");
            assertThat(driver.findElement(By.cssSelector("table.preview")).getText())
                    .contains("Python 14")
                    .contains("Coffee 1");
            assertThat(driver.getPageSource()).contains("kept as a note");
            browser.assertAccessible();
            browser.assertFitsOnASmallPhone();
            browser.screenshots("import-preview");

            driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Import 2 goals')]"))
                    .click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("import-card"), "Imported 2 goals"));
            browser.assertAccessible();
            browser.screenshots("import-done");
            browser.clickAndWait(driver.findElement(By.linkText("Go to Today")));
            assertThat(driver.findElement(By.id("main")).getText()).contains("Python");
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
