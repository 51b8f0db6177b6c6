package dev.riyaz.web;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Entries;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal with a year of history, on a phone and a laptop: the day's action comes first and is in full view, nothing
 * spills out of its box (tiles, cards, selects, chart and heatmap labels), and a done-or-not goal's form asks for no
 * amount, with JavaScript and without.
 */
@QuarkusTest
@BrowserTest
class GoalPageLayoutBrowserTest {

    private static final String BOXES = ".tiles > div, .tiles dd, .card, .figures > div, select, .goal-actions";

    /** The heatmap legend's words that its scroll box, as first shown (newest weeks), does not show. */
    private static final String LEGEND_OUT_OF_VIEW = "const box = document.querySelector('.heatmap-scroll')"
            + ".getBoundingClientRect();"
            + "return [...document.querySelectorAll('.heatmap-scroll .hm-legend text')]"
            + ".filter(t => { const r = t.getBoundingClientRect(); return r.left < box.left || r.right > box.right; })"
            + ".map(t => t.textContent);";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aGoalWithAYearOfHistoryStartsWithTheActionAndNothingSpillsOut() {
        Person asha = People.signUp();
        LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
        long python = goal(asha, measured("Python", today.minusDays(400)));
        for (int back = 1; back <= 370; back++) {
            if (back % 7 != 3 && back % 11 != 5) {
                Entries.log(asha, python, Entries.amount(today.minusDays(back), String.valueOf(20 + back % 5 * 25)));
            }
        }
        WebForms.Visitor visitor = WebForms.visitor();
        visitor.logIn(asha.email(), People.PASSWORD);

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = signIn(browser, visitor);
            driver.get(base + "goals/" + python);
            for (int width : new int[] {320, 375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 812));
                browser.assertNothingSpillsOut(BOXES);
                assertThat(((JavascriptExecutor) driver).executeScript(LEGEND_OUT_OF_VIEW))
                        .as("heatmap legend words out of view at %d px", width)
                        .isEqualTo(List.of());
            }
            driver.manage().window().setSize(new Dimension(375, 812));
            WebElement done = driver.findElement(By.cssSelector(".goal-today button[type=submit]"));
            assertFullyInView(driver, done);
            assertFullyInView(driver, driver.findElement(By.id("today-amount")));
            assertThat(driver.findElements(By.cssSelector("#entries-title + .entries li")))
                    .hasSize(5);
            browser.assertAccessible();
            browser.darkMode(true);
            browser.assertAccessible();
            browser.screenshots("goal-page-year-dark");
            browser.darkMode(false);
            browser.screenshots("goal-page-year");
            browser.wholePageScreenshot("goal-page-year-whole", 375);
            browser.wholePageScreenshot("goal-page-year-whole", 1280);

            // Done at the top updates the page in place: today counts and is the newest practice.
            driver.manage().window().setSize(new Dimension(375, 812));
            driver.findElement(By.cssSelector(".goal-today button[type=submit]"))
                    .click();
            new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".goal-today .status"))
                            .getText()
                            .equals("Done for today"));
            assertThat(driver.findElement(By.cssSelector("#entries-title + .entries li"))
                            .getText())
                    .startsWith("Today · 45 minutes");
            assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                            .getText())
                    .contains("Practice saved");

            browser.clickAndWait(driver.findElement(By.partialLinkText("Show all practice")));
            assertThat(driver.findElements(By.cssSelector("#entries-title + .entries li")))
                    .hasSize(50);
            browser.clickAndWait(driver.findElement(By.linkText("Older practice")));
            assertThat(driver.findElements(By.cssSelector("#entries-title + .entries li")))
                    .hasSize(50);
            browser.assertNothingSpillsOut(BOXES);

            driver.get(base + "library");
            for (int width : new int[] {320, 375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 812));
                browser.assertNothingSpillsOut("select");
            }
        }
    }

    @Test
    void aDoneOrNotGoalShowsNoAmountAndCopyButtonsShowOnlyWithJavaScript() {
        Person asha = People.signUp();
        LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
        Map<String, Object> stretch = new HashMap<>(Map.of("title", "Stretch", "kind", "check"));
        stretch.put("startDate", today.minusDays(30).toString());
        long id = goal(asha, stretch);
        WebForms.Visitor visitor = WebForms.visitor();
        visitor.logIn(asha.email(), People.PASSWORD);

        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = signIn(browser, visitor);
                String name = javascript ? "js" : "nojs";
                driver.get(base + "goals/" + id + "/edit");
                assertThat(driver.findElement(By.id("dailyTarget")).isDisplayed())
                        .isFalse();
                assertThat(driver.findElement(By.id("unit")).isDisplayed()).isFalse();
                browser.assertAccessible();
                browser.screenshots("goal-form-check-" + name);
                for (int width : new int[] {320, 375, 1280}) {
                    driver.manage().window().setSize(new Dimension(width, 812));
                    browser.assertNothingSpillsOut(BOXES);
                }
                driver.manage().window().setSize(new Dimension(1280, 900));

                new Select(driver.findElement(By.id("kind"))).selectByValue("measured");
                assertThat(driver.findElement(By.id("dailyTarget")).isDisplayed())
                        .isTrue();
                new Select(driver.findElement(By.id("kind"))).selectByValue("check");
                assertThat(driver.findElement(By.id("dailyTarget")).isDisplayed())
                        .isFalse();

                // The goal page of a done-or-not goal: one Done button, no amount.
                driver.get(base + "goals/" + id);
                assertThat(driver.findElements(By.cssSelector(".goal-today input[name=amount]")))
                        .isEmpty();
                WebElement done = driver.findElement(By.cssSelector(".goal-today button[type=submit]"));
                if (javascript) {
                    done.click(); // htmx swaps the page's main part in place
                } else {
                    browser.clickAndWait(done);
                    assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])"))
                                    .getText())
                            .contains("Practice saved");
                }
                new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                        // htmx may swap the card between finding it and reading it: look again
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.cssSelector(".goal-today .status"))
                                .getText()
                                .equals("Done for today"));
                browser.screenshots("goal-page-check-" + name);

                // Copy buttons work only with JavaScript, so only then are they shown.
                driver.get(base + "goals/" + id + "/share");
                if (driver.findElements(By.id("share-link")).isEmpty()) {
                    browser.clickAndWait(
                            driver.findElement(By.xpath("//button[normalize-space(.)='Share this goal']")));
                }
                List<WebElement> copies = driver.findElements(By.cssSelector("button[data-copy]"));
                assertThat(copies).hasSize(3);
                assertThat(copies).allMatch(copy -> copy.isDisplayed() == javascript);
            }
        }
    }

    private WebDriver signIn(Browser browser, WebForms.Visitor visitor) {
        WebDriver driver = browser.driver;
        driver.get(base.toString());
        driver.manage().addCookie(new Cookie("riyaz_session", visitor.session));
        return driver;
    }

    private static Map<String, Object> measured(String title, LocalDate start) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", title);
        goal.put("kind", "measured");
        goal.put("unit", "minutes");
        goal.put("dailyTarget", 45);
        goal.put("startDate", start.toString());
        return goal;
    }

    private static long goal(Person owner, Map<String, Object> body) {
        return owner.api()
                .body(body)
                .post("/api/v1/goals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The element's whole box is inside the window, without scrolling. */
    private static void assertFullyInView(WebDriver driver, WebElement element) {
        Object inView = ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                                + " && r.right <= document.documentElement.clientWidth;",
                        element);
        assertThat(inView)
                .as("%s fully in view at 375 x 812", element.getText())
                .isEqualTo(true);
    }
}
