package dev.riyaz.web;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import dev.riyaz.mail.LinkTokens;
import dev.riyaz.mail.LinkTokens.Action;
import dev.riyaz.mail.LinkTokens.Claim;
import dev.riyaz.testing.Browser;
import dev.riyaz.testing.BrowserTest;
import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.People;
import dev.riyaz.testing.People.Person;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Routes;
import dev.riyaz.testing.Routes.Route;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person can open, found from the page classes (so a new page is checked without anyone remembering to),
 * opened in Chromium by someone with three goals and two months of practice: axe finds nothing serious at 375 and
 * 1280 px, and at 375 px in dark mode; nothing scrolls sideways at 320 px; a screenshot of each at 375 and 1280 px lands
 * in target/screenshots (file names start with "page-") for a person to look at.
 */
@QuarkusTest
@BrowserTest
class EveryPageBrowserTest {

    private static final Pattern PUBLIC_LINK = Pattern.compile("value=\"https://riyaz\\.example/p/([^\"]+)\"");

    /** Pages this test does not open, and where they are checked instead. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "GET /settings/import/{id}", "an import's own page needs an upload: ImportBrowserTest",
            "GET /settings/git-hook/post-commit", "a shell script, not a page: GitHookTest",
            "GET /badge/{token}.svg", "a picture, not a page: ShareBadgeTest",
            "GET /manifest.webmanifest", "the web-app manifest, JSON: AppShellTest and InstallableBrowserTest",
            "GET /sw.js", "the service worker, a script: ServiceWorkerTest and OfflineBrowserTest");

    @TestHTTPResource("/")
    URL base;

    @Inject
    LinkTokens tokens;

    @Test
    void everyPageIsAccessibleAndFitsAtPhoneAndLaptopWidthInLightAndDarkMode() {
        Seeded seeded = seed();
        Map<String, String> signedOut = new LinkedHashMap<>();
        Map<String, String> signedIn = new LinkedHashMap<>();
        Set<String> unvisited = new TreeSet<>();
        for (Route route : Routes.pages()) {
            if (!route.method().equals("GET") || ELSEWHERE.containsKey(route.toString())) {
                continue;
            }
            String path = seeded.fill(route.path());
            if (path == null) {
                unvisited.add(route.toString());
            } else if (Set.of("/login", "/signup").contains(path)) {
                signedOut.put(route.toString(), path);
            } else {
                signedIn.put(route.toString(), path);
            }
        }
        assertThat(unvisited)
                .as("pages this test cannot open yet: give them ids in seed()/fill() or a reason in ELSEWHERE")
                .isEmpty();
        signedOut.put("GET / (signed out)", "/");
        signedIn.put("a page that is not there", "/goals/" + (seeded.goals.get(0) + 1_000_000));

        try (Browser browser = Browser.start(true)) {
            signedOut.forEach((name, path) -> check(browser, name, path));
            browser.driver.get(base.toString());
            browser.driver.manage().addCookie(new Cookie("riyaz_session", seeded.browser.session));
            signedIn.forEach((name, path) -> check(browser, name, path));
        }
    }

    private void check(Browser browser, String name, String path) {
        browser.driver.get(base + path.substring(1));
        assertThat(browser.driver.findElements(By.tagName("main")))
                .as("%s (%s) is a page of Riyaz", name, path)
                .isNotEmpty();
        assertScriptsOnlyWhereUsed(browser, name, path);
        for (boolean dark : new boolean[] {false, true}) {
            browser.colourScheme(dark);
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;"))
                    .as("the page sees the colour scheme asked for")
                    .isEqualTo(dark);
            // Light at phone and laptop width; dark on the phone, where people use it most (the layout is the same).
            for (int width : dark ? new int[] {375} : new int[] {375, 1280}) {
                browser.width(width);
                browser.assertAccessible();
            }
        }
        browser.colourScheme(false);
        browser.assertFitsOnASmallPhone();
        browser.screenshots("page-"
                + name.replaceFirst(" /$", " home")
                        .replaceAll("[^A-Za-z0-9]+", "-")
                        .replaceAll("^-|-$", ""));
    }

    /**
     * htmx comes only with a page that has hx- attributes, and always with one; riyaz.js comes with every page that has
     * an element it enhances (or htmx, whose swaps it follows), and a page with neither loads neither.
     */
    private static void assertScriptsOnlyWhereUsed(Browser browser, String name, String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                        .executeScript(
                                """
                        var hx = Array.prototype.some.call(document.querySelectorAll('*'), function (e) {
                          return Array.prototype.some.call(e.attributes, function (a) { return a.name.indexOf('hx-') === 0; });
                        });
                        var enhanced = document.querySelector('[data-browser-zone],[data-schedule-type],[data-goal-kind],'
                            + '[data-copy],[data-focus-after-swap]') !== null;
                        var sources = Array.prototype.map.call(document.scripts, function (s) { return s.src; });
                        return {hx: hx, enhanced: enhanced,
                          htmx: sources.some(function (s) { return s.indexOf('/htmx.min.js') >= 0; }),
                          riyaz: sources.some(function (s) { return s.indexOf('/js/riyaz.js') >= 0; })};
                        """);
        boolean hx = (Boolean) found.get("hx");
        boolean enhanced = (Boolean) found.get("enhanced");
        assertThat(found.get("htmx"))
                .as("%s (%s) loads htmx exactly when it has hx- attributes: %s", name, path, found)
                .isEqualTo(hx);
        assertThat(found.get("riyaz"))
                .as(
                        "%s (%s) loads riyaz.js exactly when it has htmx or an element riyaz.js enhances: %s",
                        name, path, found)
                .isEqualTo(hx || enhanced);
    }

    /** One person with three goals, two months of practice, a link, a reminder and a shared goal. */
    private Seeded seed() {
        String email = "every-page-" + System.nanoTime() + "@example.com";
        WebForms.Visitor visitor = WebForms.signedUp(email);
        Person person = new Person(visitor.userId(), email, People.tokenFor(email));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

        List<Long> goals = new ArrayList<>();
        Map<String, Object> python = Goals.measured("Python", "minutes", "30");
        python.put("startDate", today.minusDays(70).toString());
        goals.add(Goals.create(person, python));
        Map<String, Object> reading = Goals.check("Read a chapter");
        reading.put("schedule", Map.of("type", "weekly", "times", 3));
        reading.put("startDate", today.minusDays(70).toString());
        goals.add(Goals.create(person, reading));
        Map<String, Object> katas = Goals.measured("Katas", "exercises", "2");
        katas.put("startDate", today.minusDays(70).toString());
        goals.add(Goals.create(person, katas));

        long entry = 0;
        for (int daysAgo = 60; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            if (daysAgo % 7 != 3) {
                entry = Entries.log(person, goals.get(0), Entries.amount(day, daysAgo % 5 == 0 ? "15" : "35"));
            }
            if (daysAgo % 2 == 0) {
                Entries.log(person, goals.get(1), Entries.done(day));
            }
            if (daysAgo % 3 == 0) {
                Entries.log(person, goals.get(2), Entries.amount(day, "2"));
            }
        }
        Entries.log(person, goals.get(2), Entries.skipped(today.minusDays(2)));
        long reminder = Reminders.addAt(person, goals.get(0), "08:00");
        long resource = person.api()
                .body(Map.of(
                        "url", "https://docs.python.org/3/tutorial/",
                        "title", "The Python tutorial",
                        "kind", "docs",
                        "goalIds", List.of(goals.get(0))))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        visitor.post("/goals/" + goals.get(0) + "/share", "/goals/" + goals.get(0) + "/share", Map.of())
                .then()
                .statusCode(303);
        Matcher link = PUBLIC_LINK.matcher(visitor.get("/goals/" + goals.get(0) + "/share")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(link.find()).as("the share page shows the public link").isTrue();

        long circle = person.api()
                .body(Map.of("name", "Hydpy beginners", "description", "Python on Saturdays"))
                .post("/api/v1/circles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        person.api()
                .body(Map.of("goalIds", List.of(goals.get(0), goals.get(1))))
                .put("/api/v1/circles/{id}/shares", circle)
                .then()
                .statusCode(200);
        String invite = person.api()
                .body(Map.of())
                .post("/api/v1/circles/{id}/invites", circle)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");

        return new Seeded(
                tokens,
                visitor,
                person,
                goals,
                entry,
                resource,
                reminder,
                link.group(1),
                today.minusDays(1),
                circle,
                invite);
    }

    private record Seeded(
            LinkTokens tokens,
            WebForms.Visitor browser,
            Person person,
            List<Long> goals,
            long entry,
            long resource,
            long reminder,
            String shareToken,
            LocalDate yesterday,
            long circle,
            String inviteToken) {

        /** The path with its parameters filled in, or null when this test does not know what to put there. */
        String fill(String path) {
            String id;
            if (path.startsWith("/goals/{id}")) {
                id = goals.get(0).toString();
            } else if (path.startsWith("/resources/{id}")) {
                id = Long.toString(resource);
            } else if (path.startsWith("/entries/{id}")) {
                id = Long.toString(entry);
            } else if (path.startsWith("/circles/{id}")) {
                id = Long.toString(circle);
            } else {
                id = null;
            }
            String token = null;
            if (path.startsWith("/p/")) {
                token = shareToken;
            } else if (path.startsWith("/circles/join/")) {
                token = inviteToken;
            } else if (path.startsWith("/u/")) {
                token = sign(Action.unsubscribe, reminder, "");
            } else if (path.startsWith("/m/log/")) {
                token = sign(Action.log, goals.get(0), yesterday.toString());
            } else if (path.startsWith("/m/snooze/")) {
                token = sign(Action.snooze, reminder, yesterday.plusDays(1).toString());
            }
            String filled = path.replace("{date}", yesterday.toString());
            if (id != null) {
                filled = filled.replace("{id}", id);
            }
            if (token != null) {
                filled = filled.replace("{token}", token);
            }
            return filled.contains("{") ? null : filled;
        }

        private String sign(Action action, long target, String date) {
            return tokens.sign(new Claim(action, person.id(), target, date));
        }
    }
}
