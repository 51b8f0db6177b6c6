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
        // As a person would: scrolled into plain view, not under the phone's bottom tab bar.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
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
        AxeBuilder axe = new AxeBuilder();
        // Settings, Mail shows each mail in a frame where no script may run: axe cannot enter such a frame and waits
        // for it until it times out, so the page around the frames is checked and the mails' own HTML is not.
        if (!driver.findElements(org.openqa.selenium.By.cssSelector("iframe[sandbox]:not([sandbox*=allow-scripts])"))
                .isEmpty()) {
            axe.disableIframeTesting();
        }
        List<Rule> problems = axe.analyze(driver).getViolations().stream()
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

    /**
     * Fails when something spills out of its box on the current page: an element matched by {@code selectors} whose
     * content is wider than it ({@code scrollWidth > clientWidth}), a select whose chosen option's words do not fit,
     * or an SVG text whose box ({@code getBBox()}) lies outside its picture's viewBox (or, for a picture without one,
     * outside the picture). Hidden elements are skipped.
     */
    public void assertNothingSpillsOut(String... selectors) {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        Object found = js.executeScript(SPILLS, String.join(",", selectors));
        assertThat((List<?>) found)
                .as(
                        "spilling out of their box at %d px on %s",
                        driver.manage().window().getSize().getWidth(), driver.getCurrentUrl())
                .isEmpty();
    }

    private static final String SPILLS =
            """
            const out = [];
            const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (e.getAttribute('class') || '')
                + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
            for (const e of document.querySelectorAll(arguments[0])) {
              if (!shown(e)) continue;
              if (e.tagName === 'SELECT') {
                const option = e.options[e.selectedIndex];
                if (!option) continue;
                const style = getComputedStyle(e);
                const probe = document.createElement('span');
                probe.style.font = style.font;
                probe.style.position = 'absolute';
                probe.style.whiteSpace = 'pre';
                probe.textContent = option.text;
                document.body.appendChild(probe);
                const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft)
                    + parseFloat(style.paddingRight) + 16;
                probe.remove();
                if (needed > e.clientWidth + 1) out.push(name(e) + ' needs ' + Math.ceil(needed) + ' px, has ' + e.clientWidth);
              } else if (e.scrollWidth > e.clientWidth + 1) {
                out.push(name(e) + ' content ' + e.scrollWidth + ' px in ' + e.clientWidth);
              }
            }
            for (const text of document.querySelectorAll('svg text')) {
              if (!shown(text)) continue;
              let svg = text.ownerSVGElement;
              while (svg.ownerSVGElement) svg = svg.ownerSVGElement;
              const box = text.getBBox();
              const view = svg.viewBox && svg.viewBox.baseVal && svg.getAttribute('viewBox') ? svg.viewBox.baseVal : null;
              if (view) {
                if (box.x < view.x - 0.5 || box.y < view.y - 0.5 || box.x + box.width > view.x + view.width + 0.5
                    || box.y + box.height > view.y + view.height + 0.5) {
                  out.push('svg text "' + text.textContent + '" at ' + [box.x, box.y, box.width, box.height].map(Math.round)
                      + ' outside viewBox ' + [view.x, view.y, view.width, view.height]);
                }
              } else {
                const t = text.getBoundingClientRect();
                const r = svg.getBoundingClientRect();
                if (t.left < r.left - 0.5 || t.right > r.right + 0.5 || t.top < r.top - 0.5 || t.bottom > r.bottom + 0.5) {
                  out.push('svg text "' + text.textContent + '" outside its picture ' + [t.left, t.right].map(Math.round)
                      + ' in ' + [r.left, r.right].map(Math.round));
                }
              }
            }
            return out;
            """;

    /** Switches the page to the dark colour scheme ({@code prefers-color-scheme: dark}) or back, through DevTools. */
    public void darkMode(boolean dark) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of(
                                "features",
                                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Saves the whole current page (not just the window) at this width, for a person to look at. */
    public void wholePageScreenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new Dimension(width, 900));
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 12_000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
