package dev.riyaz.push;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;
import dev.riyaz.testing.WebForms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Settings, Your devices: each device by name and push service host, with a Remove button that needs the token. */
@QuarkusTest
class DevicePagesTest {

    @Test
    void settingsListsTheDevicesByHostAndRemovesOneWithItsButton() {
        String email = "devices" + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person asha = new People.Person(browser.userId(), email, People.tokenFor(email));
        browser.get("/settings").then().statusCode(200).body(containsString("No devices yet."));
        Map<String, Object> phone = PushDevicesTest.subscription("https://fcm.googleapis.com/fcm/send/secret-part-123");
        phone.put("name", "Asha's <b>phone</b>");
        long id = Json.doc(asha.api()
                        .body(phone)
                        .post(PushDevicesTest.DEVICES)
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");

        String page = browser.get("/settings").then().statusCode(200).extract().asString();

        assertThat(page)
                .contains("<h2 id=\"devices-title\">Your devices</h2>")
                .contains(
                        "<strong>Asha&#39;s &lt;b&gt;phone&lt;/b&gt;</strong> <span class=\"muted small\">fcm.googleapis.com</span>")
                .contains("nothing delivered yet")
                .contains("action=\"/settings/devices/" + id + "/remove\"")
                .doesNotContain("secret-part-123");

        Response removed = browser.post("/settings", "/settings/devices/" + id + "/remove", Map.of());

        assertThat(removed.getStatusCode()).isEqualTo(303);
        assertThat(removed.getHeader("Location")).endsWith("/settings?notice=device_removed#devices-title");
        browser.get("/settings?notice=device_removed")
                .then()
                .body(containsString("Device removed. It gets no more notifications."))
                .body(not(containsString("fcm.googleapis.com")));
        asha.api().get(PushDevicesTest.DEVICES).then().body(Json.at("", hasSize(0)));
    }

    @Test
    void removingWithoutTheTokenOrSomeoneElsesDeviceChangesNothing() {
        People.Person asha = People.signUp();
        long id = Json.doc(asha.api()
                        .body(PushDevicesTest.subscription(
                                "https://fcm.googleapis.com/fcm/send/kept-" + System.nanoTime()))
                        .post(PushDevicesTest.DEVICES)
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");
        WebForms.Visitor ravi = WebForms.signedUp("ravi" + System.nanoTime() + "@example.com");

        given().redirects()
                .follow(false)
                .cookie("riyaz_session", ravi.session)
                .contentType("application/x-www-form-urlencoded")
                .post("/settings/devices/" + id + "/remove")
                .then()
                .statusCode(403);
        ravi.post("/settings", "/settings/devices/" + id + "/remove", Map.of())
                .then()
                .statusCode(404);

        asha.api().get(PushDevicesTest.DEVICES).then().body(Json.at("", hasSize(1)));
    }
}
