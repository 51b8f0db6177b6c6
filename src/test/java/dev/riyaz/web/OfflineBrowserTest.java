package dev.riyaz.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Riyaz with the network switched off (DevTools protocol): the service worker shows the Today she saw last with a note,
 * Done on two goals is kept on the phone, and when the network returns each practice arrives exactly once, also when
 * the phone sends the same practice again. Log out leaves nothing of it on the phone.
 */
@QuarkusTest
@BrowserTest
class OfflineBrowserTest {

    /** What the phone keeps: the entries waiting to be sent (IndexedDB), as JSON. */
    private static final String KEPT = "const done = arguments[arguments.length - 1];"
            + " const open = indexedDB.open('riyaz-offline', 1);"
            + " open.onupgradeneeded = () => open.result.createObjectStore('practice', {keyPath: 'key'});"
            + " open.onsuccess = () => { const all = open.result.transaction('practice').objectStore('practice').getAll();"
            + " all.onsuccess = () => { open.result.close(); done(JSON.stringify(all.result)); }; };"
            + " open.onerror = () => done('error');";

    /** Puts entries back on the phone, as a second tab or a retry after a lost answer would send them again. */
    private static final String PUT_BACK = "const records = JSON.parse(arguments[0]);"
            + " const done = arguments[arguments.length - 1];"
            + " const open = indexedDB.open('riyaz-offline', 1);"
            + " open.onsuccess = () => { const tx = open.result.transaction('practice', 'readwrite');"
            + " records.forEach(r => tx.objectStore('practice').put(r));"
            + " tx.oncomplete = () => { open.result.close(); done(true); }; };";

    private static final String TODAY_KEPT = "const done = arguments[arguments.length - 1];"
            + " caches.open('riyaz-pages').then(c => c.match('/')).then(r => done(!!r), () => done(false));";

    private static final String CACHE_NAMES =
            "const done = arguments[arguments.length - 1];" + " caches.keys().then(names => done(names.join(',')));";

    private static final String WORKER_READY = "const done = arguments[arguments.length - 1];"
            + " navigator.serviceWorker.ready.then(r => done(r.active.state === 'activated'));";

    /** The worker's registration as the page sees it, to say why none is in charge. */
    private static final String WORKER_STATE = "const done = arguments[arguments.length - 1];"
            + " navigator.serviceWorker.getRegistration().then(r => r ? done(JSON.stringify({scope: r.scope,"
            + " installing: r.installing && r.installing.state, waiting: r.waiting && r.waiting.state,"
            + " active: r.active && r.active.state, url: location.href, workerStart:"
            + " performance.getEntriesByType('navigation')[0].workerStart})) : navigator.serviceWorker.register('/sw.js')"
            + ".then(() => done('registered only now'), e => done('refused: ' + e)));";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Rows rows;

    @Test
    void theWorkerInstallsAndShowsTheKeptTodayWithItsNoteWhenTheNetworkIsGone() throws IOException {
        WebForms.Visitor asha = WebForms.signedUp("worker" + System.nanoTime() + "@example.com");
        LogPracticePagesTest.goal(asha, Map.of("title", "Piano scales", "kind", "check"));
        try (Door door = new Door(base.getPort());
                Browser browser = Browser.start(true)) {
            String site = door.base();
            ChromeDriver driver = (ChromeDriver) browser.driver;
            JavascriptExecutor js = driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            openToday(driver, site, asha);

            // The first visit installs the worker; from the next one on it is in charge of the page.
            wait.until(d -> Boolean.TRUE.equals(js.executeAsyncScript(WORKER_READY)));
            driver.get(site);
            wait.withMessage(() -> "no worker in charge: " + js.executeAsyncScript(WORKER_STATE))
                    .until(d -> Boolean.TRUE.equals(js.executeScript("return !!navigator.serviceWorker.controller")));
            wait.until(d -> Boolean.TRUE.equals(js.executeAsyncScript(TODAY_KEPT)));

            network(driver, door, false);
            driver.get(site + "goals");
            WebElement note = wait.until(d -> {
                var notes = d.findElements(By.cssSelector("[data-offline-note]"));
                return notes.isEmpty() || !notes.get(0).isDisplayed() ? null : notes.get(0);
            });
            assertThat(driver.getCurrentUrl())
                    .as("another page offline leads to the kept Today")
                    .isEqualTo(site);
            assertThat(note.getText()).matches("Offline: showing what you saw at \\d\\d:\\d\\d");
            browser.assertAccessible();
            browser.screenshots("offline-today");
            network(driver, door, true);
        }
    }

    @Test
    void doneWithNoNetworkIsKeptOnThePhoneAndArrivesOnceWhenTheNetworkReturns() throws IOException {
        WebForms.Visitor asha = WebForms.signedUp("offline" + System.nanoTime() + "@example.com");
        long scales = LogPracticePagesTest.goal(asha, Map.of("title", "Piano scales", "kind", "check"));
        long python = LogPracticePagesTest.goal(
                asha, Map.of("title", "Python", "kind", "measured", "unit", "minutes", "dailyTarget", "30"));
        try (Door door = new Door(base.getPort());
                Browser browser = Browser.start(true)) {
            String site = door.base();
            ChromeDriver driver = (ChromeDriver) browser.driver;
            JavascriptExecutor js = driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            openToday(driver, site, asha);

            network(driver, door, false);
            press(browser, scales);
            press(browser, python);
            for (long goal : new long[] {scales, python}) {
                wait.until(d -> d.findElements(By.cssSelector("#goal-" + goal + " [data-offline-kept]"))
                                .size()
                        == 1);
                assertThat(driver.findElement(By.cssSelector("#goal-" + goal + " [data-offline-kept]"))
                                .getText())
                        .isEqualTo("Saved on this phone, will be sent");
                assertThat(driver.findElement(By.cssSelector("#goal-" + goal + " .status"))
                                .getText())
                        .as("the card's badge while its practice waits on the phone")
                        .isEqualTo("Saved on this phone");
                assertThat(driver.findElements(By.cssSelector("#goal-" + goal + " .goal-actions button")))
                        .as("a card whose practice is on its way offers no Done to press again")
                        .isNotEmpty()
                        .noneMatch(WebElement::isDisplayed);
            }
            assertThat(entries(scales) + entries(python))
                    .as("nothing sent while offline")
                    .isZero();
            String kept = (String) js.executeAsyncScript(KEPT);
            assertThat(kept).contains("\"goalId\":" + scales).contains("\"goalId\":" + python);
            browser.assertAccessible();
            browser.screenshots("offline-kept");

            // The network is back: the next page load sends what the phone kept, each once, and shows the cards.
            network(driver, door, true);
            driver.get(site);
            wait.withMessage(() -> "still on the phone: " + js.executeAsyncScript(KEPT))
                    .until(d -> entries(scales) == 1 && entries(python) == 1);
            wait.until(
                    d -> d.findElements(By.cssSelector("[data-offline-kept]")).isEmpty());
            wait.until(d -> !d.findElements(By.cssSelector("#goal-" + scales + " .status-done"))
                    .isEmpty());
            assertThat(rows.one("select amount from practice_entry where goal_id = ?", python)
                            .values()
                            .toString())
                    .as("the amount the card offered")
                    .startsWith("[30");
            assertThat((String) js.executeAsyncScript(KEPT)).isEqualTo("[]");
            browser.screenshots("offline-sent");

            // The same practice sent again (a retry, a second tab): the server knows the keys, nothing new is logged.
            js.executeAsyncScript(PUT_BACK, kept);
            driver.get(site);
            wait.until(d -> "[]".equals(js.executeAsyncScript(KEPT)));
            assertThat(entries(scales)).isEqualTo(1);
            assertThat(entries(python)).isEqualTo(1);

            // Log out: anything waiting is gone from the phone (kept here as someone else's, which this person's
            // pages never send).
            String someoneElses = kept.replace("\"user\":\"" + asha.userId() + "\"", "\"user\":\"0\"");
            assertThat(someoneElses).isNotEqualTo(kept);
            js.executeAsyncScript(PUT_BACK, someoneElses);
            driver.get(site + "settings");
            browser.clickAndWait(driver.findElement(By.cssSelector("form[action='/logout'] button")));
            assertThat((String) js.executeAsyncScript(CACHE_NAMES)).doesNotContain("riyaz-pages");
            assertThat((String) js.executeAsyncScript(KEPT)).isEqualTo("[]");
            assertThat(entries(scales) + entries(python)).isEqualTo(2);
        }
    }

    @Test
    void keptPracticeGoesOutOnTheOnlineEventWithoutAReloadAndADayNotTakenIsReported() throws IOException {
        WebForms.Visitor asha = WebForms.signedUp("online" + System.nanoTime() + "@example.com");
        long scales = LogPracticePagesTest.goal(asha, Map.of("title", "Piano scales", "kind", "check"));
        try (Door door = new Door(base.getPort());
                Browser browser = Browser.start(true)) {
            String site = door.base();
            ChromeDriver driver = (ChromeDriver) browser.driver;
            JavascriptExecutor js = driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            openToday(driver, site, asha);

            network(driver, door, false);
            press(browser, scales);
            wait.until(d -> d.findElements(By.cssSelector("#goal-" + scales + " [data-offline-kept]"))
                            .size()
                    == 1);
            // Also kept: practice for a day the server does not take (one that has not come yet in her zone, as after
            // she moved her zone west). It must be named on the page, not dropped.
            js.executeAsyncScript(
                    PUT_BACK,
                    "[{\"key\":\"day-not-taken\",\"user\":\"" + asha.userId() + "\",\"goalId\":" + scales
                            + ",\"goal\":\"Piano scales\",\"date\":\"2999-01-01\",\"status\":\"done\","
                            + "\"amount\":null,\"resourceId\":null,\"savedAt\":0}]");
            js.executeScript("window.stillThisPage = true;");

            long back = System.nanoTime();
            network(driver, door, true);
            wait.withMessage(() -> "still on the phone: " + js.executeAsyncScript(KEPT))
                    .until(d -> entries(scales) == 1);
            System.out.printf(
                    "Kept practice sent %d ms after the network came back%n", (System.nanoTime() - back) / 1_000_000);
            WebElement report = wait.until(d -> d.findElements(By.cssSelector("[data-offline-report]")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
            assertThat(report.getText())
                    .startsWith("Could not send ")
                    .contains("'s practice for Piano scales: ")
                    .contains("a day that has not come yet");
            wait.until(
                    d -> d.findElements(By.cssSelector("[data-offline-kept]")).isEmpty());
            assertThat(js.executeScript("return window.stillThisPage === true;"))
                    .as("sent without a page load")
                    .isEqualTo(true);
            assertThat((String) js.executeAsyncScript(KEPT))
                    .as("only the one not taken is still on the phone, until she dismisses it")
                    .contains("day-not-taken")
                    .contains("\"failed\":\"Practice can't be logged");
            assertThat(entries(scales)).isEqualTo(1);
            browser.assertAccessible();
            browser.screenshots("offline-not-taken");

            report.findElement(By.tagName("button")).click();
            wait.until(d -> "[]".equals(js.executeAsyncScript(KEPT)));
            assertThat(driver.findElements(By.cssSelector("[data-offline-report]")))
                    .isEmpty();
        }
    }

    /** Asha signed in and on Today, through the door. */
    private static void openToday(ChromeDriver driver, String site, WebForms.Visitor asha) {
        driver.get(site);
        driver.manage().addCookie(new Cookie("riyaz_session", asha.session));
        driver.get(site);
    }

    private long entries(long goal) {
        return rows.count("practice_entry", "goal_id = ?", goal);
    }

    private static void press(Browser browser, long goal) {
        WebElement done =
                browser.driver.findElement(By.cssSelector("#goal-" + goal + " .goal-actions form:first-child button"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", done);
        done.click();
    }

    /**
     * Switches the network off (or on again) as the page sees it ({@code navigator.onLine}, the {@code online} event)
     * and for real between the browser and Riyaz: the page's emulation does not reach the service worker's own
     * requests, the closed door does.
     */
    private static void network(ChromeDriver driver, Door door, boolean on) {
        if (on) {
            door.open();
        } else {
            door.shut();
        }
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !on, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** A door on the loopback between the browser and Riyaz, which the test can shut: then no request gets through. */
    static final class Door implements AutoCloseable {

        private final ServerSocket server;
        private final int target;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile boolean shut;

        Door(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(this::accept, "door");
            accept.setDaemon(true);
            accept.start();
        }

        String base() {
            return "http://localhost:" + server.getLocalPort() + "/";
        }

        void shut() {
            shut = true;
            open.forEach(Door::quietly);
            open.clear();
        }

        void open() {
            shut = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (shut) {
                        quietly(client);
                        continue;
                    }
                    Socket riyaz = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(riyaz);
                    pipe(client, riyaz);
                    pipe(riyaz, client);
                } catch (IOException e) {
                    // Closed, or Riyaz refused: the browser sees a failed request, as it would offline.
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            Thread copy = new Thread(
                    () -> {
                        try {
                            from.getInputStream().transferTo(to.getOutputStream());
                        } catch (IOException e) {
                            // One side closed.
                        } finally {
                            quietly(from);
                            quietly(to);
                            open.remove(from);
                            open.remove(to);
                        }
                    },
                    "door-pipe");
            copy.setDaemon(true);
            copy.start();
        }

        private static void quietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // Already closed.
            }
        }

        @Override
        public void close() throws IOException {
            shut();
            server.close();
        }
    }
}
