package dev.riyaz.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's Chromium driven by Selenium, headless and offline, with accessibility checks and screenshots. */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The browser's own time zone, so tests can see that pages pick it up. */
    public static final String TIME_ZONE = "Asia/Kolkata";

    public final WebDriver driver;
    private final boolean javascript;

    private Browser(WebDriver driver, boolean javascript) {
        this.driver = driver;
        this.javascript = javascript;
    }

    public static Browser start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("riyaz.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target"), "chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("riyaz.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options), javascript);
    }

    /** Clicks something that loads a new page and waits until the new page is there. */
    public void clickAndWait(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        element.click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15));
        wait.until(d -> {
            try {
                page.isDisplayed();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or Chromium already dropped the old document
            }
        });
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.tagName("h1")));
    }

    /**
     * Fails on any serious or critical accessibility finding of axe-core on the current page. axe-core is a script, so
     * a browser without JavaScript skips the check (the same pages are checked in the JavaScript runs).
     */
    public void assertAccessible() {
        if (!javascript) {
            return;
        }
        List<Rule> problems = new AxeBuilder()
                .analyze(driver).getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .toList();
        assertThat(problems)
                .as("accessibility problems on %s: %s", driver.getCurrentUrl(), describe(problems))
                .isEmpty();
    }

    /** At 320 px, the narrowest phone we design for, nothing makes the current page scroll sideways. */
    public void assertFitsOnASmallPhone() {
        driver.manage().window().setSize(new Dimension(320, 900));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        Object overflow =
                js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = js.executeScript("const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w || e.scrollWidth > e.clientWidth + 1)"
                + ".slice(0, 3).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim()"
                + ".slice(0, 40)).join(' | ');");
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertThat(((Number) overflow).intValue())
                .as("sideways scroll at 320 px on %s (sticking out: %s)", driver.getCurrentUrl(), widest)
                .isLessThanOrEqualTo(0);
    }

    /** Shows pages as a phone or laptop this many CSS pixels wide would. */
    public void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** Makes the page see {@code prefers-color-scheme: dark} (or light), as a phone in dark mode would. */
    public void colourScheme(boolean dark) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of(
                                "features",
                                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Saves the current page at phone and laptop width under target/screenshots, for a person to look at. */
    public void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<Rule> problems) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : problems) {
            text.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().forEach(node -> text.append("\n    ").append(node.getHtml()));
        }
        return text.toString();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
