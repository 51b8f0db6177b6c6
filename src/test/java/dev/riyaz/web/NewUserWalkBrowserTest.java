package dev.riyaz.web;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A beginner's first minutes on a 375 x 812 phone, as she would click through them: sign up, the welcome (Python, 30
 * minutes a day, and a mail at 19:30), a done-or-not goal of her own, Done and Undo on Today, the goal page, its
 * reminders, Progress, Links and Settings. Each step checks what she sees and saves screenshots to look at. Monday 4
 * January 2027, 06:30 in Kolkata.
 */
@QuarkusTest
@BrowserTest
class NewUserWalkBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Browser browser;
    private WebDriver driver;

    @Test
    void aNewPersonWalksThroughHerFirstDayOnAPhone() {
        MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        try (Browser started = Browser.start(true)) {
            browser = started;
            driver = started.driver;
            phone();

            signUp();
            welcome();
            addADoneOrNotGoal();
            doneAndUndo();
            logPython();
            goalPage();
            reminders();
            progress();
            links();
            settings();
        }
    }

    private void signUp() {
        driver.get(base + "signup");
        assertThat(heading()).isEqualTo("Create your account");
        look("walk-01-signup");
        driver.findElement(By.id("displayName")).sendKeys("Asha");
        driver.findElement(By.id("email")).sendKeys("walk-" + System.nanoTime() + "@example.com");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        new Select(driver.findElement(By.id("timeZone"))).selectByValue("Asia/Kolkata");
        browser.clickAndWait(button("Create account"));
    }

    private void welcome() {
        assertThat(heading()).isEqualTo("Welcome, Asha!");
        assertThat(visible(button("Start practising"))).isTrue();
        look("walk-02-welcome");
        driver.findElement(By.cssSelector("input[name='goals'][value='python']"))
                .click();
        WebElement time = driver.findElement(By.id("reminderTime"));
        time.sendKeys("0730PM");
        browser.clickAndWait(button("Start practising"));

        assertThat(heading()).isEqualTo("Today");
        assertThat(driver.findElement(By.cssSelector(".notice:not([hidden])")).getText())
                .isEqualTo("You're set. Here is today.");
        WebElement python = card("Python");
        assertThat(python.findElement(By.name("amount")).getAttribute("value")).isEqualTo("30");
        assertThat(python.findElement(By.className("goal-status")).getText())
                .isEqualTo("A fresh start: this week can be week one");
        assertOneRow(python);
        look("walk-03-today-first-goal");
    }

    private void addADoneOrNotGoal() {
        browser.clickAndWait(driver.findElement(By.linkText("Goals")));
        browser.clickAndWait(driver.findElement(By.linkText("New goal")));
        assertThat(heading()).isEqualTo("New goal");
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Done or not done");
        assertThat(visible(driver.findElement(By.id("dailyTarget"))))
                .as("a done-or-not goal asks for no amount")
                .isFalse();
        look("walk-04-goal-form-check");
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("An amount, like minutes");
        WebElement legend = driver.findElement(By.cssSelector("[data-measured-part] legend"));
        assertThat(legend.getText()).isEqualTo("Daily amount");
        look("walk-05-goal-form-amount");
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Done or not done");
        driver.findElement(By.id("title")).sendKeys("Piano scales");
        browser.clickAndWait(button("Create goal"));

        assertThat(heading()).isEqualTo("Today");
        assertThat(driver.findElements(By.cssSelector(".goal-card h3")))
                .extracting(WebElement::getText)
                .containsExactly("Python", "Piano scales");
        WebElement piano = card("Piano scales");
        assertThat(piano.findElements(By.name("amount"))).isEmpty();
        assertThat(visible(piano.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]"))))
                .isTrue();
        look("walk-06-today-two-goals");
    }

    private void doneAndUndo() {
        tap(card("Piano scales").findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]")));
        waitFor(() -> card("Piano scales").getText().contains("Saved."));
        WebElement piano = card("Piano scales");
        assertThat(piano.findElement(By.className("status")).getText()).isEqualTo("Done for today");
        assertThat(piano.findElement(By.className("goal-status")).getText()).isEqualTo("Day 1 of a new run");
        assertThat(visible(piano.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Undo')]"))))
                .isTrue();
        assertThat(piano.findElements(By.cssSelector(".goal-actions")))
                .as("a done-or-not goal that is done asks for nothing more")
                .isEmpty();
        assertThat(driver.findElement(By.id("today-summary")).getText()).endsWith("1 of 2 done for today");
        look("walk-07-today-done");

        tap(card("Piano scales").findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Undo')]")));
        waitFor(() -> !card("Piano scales").getText().contains("Saved."));
        assertThat(card("Piano scales").findElement(By.className("status")).getText())
                .isEqualTo("Not yet");
        assertThat(driver.findElement(By.id("today-summary")).getText()).endsWith("0 of 2 done for today");
        look("walk-08-today-undone");
    }

    private void logPython() {
        WebElement amount = card("Python").findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("30");
        tap(card("Python").findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Done')]")));
        waitFor(() -> card("Python").getText().contains("Saved."));
        assertThat(card("Python").findElement(By.className("status")).getText()).isEqualTo("Done for today");
        look("walk-09-today-python-done");
    }

    private void goalPage() {
        browser.clickAndWait(card("Python").findElement(By.cssSelector("h3 a")));
        assertThat(heading()).isEqualTo("Python");
        assertThat(driver.findElement(By.id("today-title")).getText()).isEqualTo("Today");
        assertThat(driver.findElement(By.id("week-days")).getText()).isEqualTo("1 day");
        assertThat(driver.findElement(By.id("current-streak")).getText())
                .as("after her first practice the run is not 'Not started'")
                .isEqualTo("First week under way");
        look("walk-10-goal-page");
    }

    private void reminders() {
        browser.clickAndWait(driver.findElement(By.partialLinkText("Reminders")));
        WebElement row = driver.findElement(By.cssSelector(".reminder-row"));
        assertThat(row.getText())
                .contains("19:30, every day")
                .contains("Today is done, so no mail today. Next: Tue 5 Jan, 19:30");
        row.findElement(By.tagName("summary")).click();
        List<String> upcoming = row.findElements(By.cssSelector("details li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(upcoming.get(0)).isEqualTo("Mon 4 Jan, 19:30 · no mail: today is done");
        assertThat(upcoming.get(1)).isEqualTo("Tue 5 Jan, 19:30");
        look("walk-11-reminders");
    }

    private void progress() {
        browser.clickAndWait(driver.findElement(By.linkText("Progress")));
        assertThat(heading()).isEqualTo("Your progress");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Python");
        look("walk-12-progress");
    }

    private void links() {
        browser.clickAndWait(driver.findElement(By.linkText("Links")));
        assertThat(heading()).isEqualTo("Links");
        WebElement filter = driver.findElement(By.cssSelector("details.filters-fold"));
        assertThat(filter.getAttribute("open"))
                .as("no filter is set: the filter is folded")
                .isNull();
        assertThat(rendered(driver.findElement(By.id("q")))).isFalse();
        double firstLink = top(driver.findElement(By.cssSelector(".resource-item")));
        assertThat(firstLink).as("the first link starts on the first screen").isLessThan(600);
        assertThat(filter.findElement(By.tagName("summary")).getText()).isEqualTo("Search and filter");
        browser.width(1280);
        assertThat(rendered(driver.findElement(By.id("q"))))
                .as("on a wide screen the filter shows")
                .isTrue();
        phone();
        look("walk-13-links");

        browser.clickAndWait(driver.findElement(By.linkText("Add a link")));
        assertThat(heading()).isEqualTo("Add a link");
        driver.findElement(By.id("url")).sendKeys("https://www.example.com/python-notes");
        driver.findElement(By.id("title")).sendKeys("My Python notes");
        look("walk-14-link-form");
        browser.clickAndWait(button("Save link"));
        driver.get(base + "resources?sort=title");
        assertThat(driver.findElements(By.cssSelector(".resource-item h2")))
                .extracting(WebElement::getText)
                .contains("My Python notes");
        assertThat(driver.findElement(By.cssSelector("details.filters-fold")).getAttribute("open"))
                .as("a filter is set: the filter stays open")
                .isNotNull();
        look("walk-15-links-sorted");
    }

    private void settings() {
        browser.clickAndWait(driver.findElement(By.linkText("Settings")));
        assertThat(heading()).isEqualTo("Settings");
        assertThat(visible(button("Save"))).isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Log out");
        look("walk-16-settings");
    }

    /** Checks the page as she sees it, then saves it at 375 and 1280 px, and goes back to the phone. */
    private void look(String name) {
        browser.assertAccessible();
        browser.assertFitsOnASmallPhone();
        browser.screenshots(name);
        phone();
    }

    private void phone() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    /** The action of a card sits on one row: every button and the amount field share one top edge. */
    private void assertOneRow(WebElement card) {
        List<WebElement> parts =
                card.findElements(By.cssSelector(".goal-actions button, .goal-actions input[name=amount]"));
        assertThat(parts.stream()
                        .map(e -> Math.round(top(e) + e.getRect().getHeight() / 2.0))
                        .distinct())
                .as("the card's action is one row at 375 px")
                .hasSize(1);
        for (WebElement part : parts) {
            assertThat(part.getRect().getHeight()).as("a touch target of 44 px").isGreaterThanOrEqualTo(44);
        }
    }

    private double top(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY;", element))
                .doubleValue();
    }

    private boolean visible(WebElement element) {
        return element.isDisplayed();
    }

    /** Whether the browser draws the element (Selenium counts anything in a closed details as hidden). */
    private boolean rendered(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].checkVisibility();", element);
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private WebElement card(String title) {
        return driver.findElement(
                By.xpath("//li[contains(@class, 'goal-card')][.//h3[normalize-space(.)='" + title + "']]"));
    }

    private WebElement button(String words) {
        return driver.findElement(By.xpath("//main//button[normalize-space(.)='" + words + "']"));
    }

    private void tap(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
