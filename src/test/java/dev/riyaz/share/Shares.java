package dev.riyaz.share;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A person who shares goals: signed in for the pages, with a token for the API. */
final class Shares {

    private static final Pattern LINK = Pattern.compile("value=\"https://riyaz\\.example/p/([^\"]+)\"");

    final WebForms.Visitor browser;
    final People.Person person;

    private Shares(WebForms.Visitor browser, People.Person person) {
        this.browser = browser;
        this.person = person;
    }

    /** A new account, display name "Asha", e-mail starting with {@code prefix}. */
    static Shares signUp(String prefix) {
        String email = prefix + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        return new Shares(browser, new People.Person(browser.userId(), email, People.tokenFor(email)));
    }

    /** Posts the share form with these ticks; answers the redirect. */
    Response share(long goal, boolean notes, boolean links) {
        Map<String, String> fields = new java.util.HashMap<>();
        if (notes) {
            fields.put("showNotes", "true");
        }
        if (links) {
            fields.put("showResources", "true");
        }
        return browser.post("/goals/" + goal + "/share", "/goals/" + goal + "/share", fields);
    }

    Response post(long goal, String action) {
        return browser.post("/goals/" + goal + "/share", "/goals/" + goal + "/share/" + action, Map.of());
    }

    /** The token in the public link the share page shows. */
    String token(long goal) {
        String page = browser.get("/goals/" + goal + "/share")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("a public link on the share page").isTrue();
        return link.group(1);
    }

    /** Shares the goal with these ticks and answers the token. */
    String shared(long goal, boolean notes, boolean links) {
        share(goal, notes, links).then().statusCode(303);
        return token(goal);
    }

    /** What anyone (no cookie) gets at a public address. */
    static Response open(String path) {
        return given().redirects().follow(false).get(path);
    }
}
