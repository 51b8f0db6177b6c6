package dev.riyaz.push;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.Json;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.People;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The devices API (API.md "Devices for push") with the production rule: public https endpoints only. */
@QuarkusTest
class PushDevicesTest {

    static final String DEVICES = "/api/v1/push/devices";

    @Test
    void theVapidKeyIsAPointOnTheCurveForAnyoneToRead() {
        String key =
                given().get("/api/v1/push/key").then().statusCode(200).extract().path("publicKey");

        assertThat(P256.unbase64(key)).hasSize(65);
        assertThat(P256.publicKey(P256.unbase64(key))).isNotNull();
        assertThat(given().get("/api/v1/push/key").path("publicKey").toString()).isEqualTo(key);
    }

    @Test
    void aDeviceIsAddedListedUpdatedByItsEndpointAndRemoved() {
        People.Person asha = People.signUp();
        Map<String, Object> phone = subscription("https://fcm.googleapis.com/fcm/send/asha-" + System.nanoTime());
        phone.put("name", "Asha's phone");

        Response added = asha.api().body(phone).post(DEVICES);
        added.then()
                .statusCode(201)
                .body(Json.at("name", equalTo("Asha's phone")))
                .body(Json.at("endpoint", equalTo(phone.get("endpoint"))));
        long id = Json.doc(added).getLong("id");
        assertThat(added.getHeader("Location")).endsWith(DEVICES + "/" + id);
        assertThat(Json.doc(added).getString("createdAt")).endsWith("Z");
        assertThat(Json.doc(added).getString("lastSuccessAt")).isNull();
        assertThat(added.asString()).doesNotContain("p256dh").doesNotContain("auth");

        Map<String, Object> renewed = subscription((String) phone.get("endpoint"));
        renewed.put("name", "Phone");
        asha.api()
                .body(renewed)
                .post(DEVICES)
                .then()
                .statusCode(200)
                .body(Json.at("id", equalTo((int) id)))
                .body(Json.at("name", equalTo("Phone")));

        asha.api()
                .get(DEVICES)
                .then()
                .statusCode(200)
                .body(Json.at("", hasSize(1)))
                .body(Json.at("[0].name", equalTo("Phone")));
        asha.api().delete(DEVICES + "/" + id).then().statusCode(204);
        asha.api().get(DEVICES).then().statusCode(200).body(Json.at("", hasSize(0)));
        asha.api().delete(DEVICES + "/" + id).then().statusCode(404);
    }

    @Test
    void anotherPersonsDeviceIsNotFoundAndNotListed() {
        People.Person asha = People.signUp();
        People.Person ravi = People.signUp();
        long id = Json.doc(asha.api()
                        .body(subscription("https://updates.push.services.mozilla.com/wpush/v2/" + System.nanoTime()))
                        .post(DEVICES)
                        .then()
                        .statusCode(201)
                        .extract())
                .getLong("id");

        ravi.api().delete(DEVICES + "/" + id).then().statusCode(404);
        ravi.api().get(DEVICES).then().statusCode(200).body(Json.at("", hasSize(0)));
        asha.api().get(DEVICES).then().body(Json.at("", hasSize(1)));
        given().get(DEVICES).then().statusCode(401);
    }

    @Test
    void endpointsTheServerMayNotPostToAreRefused() {
        People.Person asha = People.signUp();
        for (String endpoint : new String[] {
            "http://127.0.0.1:8080/push/1",
            "https://127.0.0.1/push/1",
            "https://localhost/push/1",
            "https://10.1.2.3/push",
            "https://192.168.1.20/push",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/push",
            "https://[fe80::1]/push",
            "http://fcm.googleapis.com/fcm/send/x",
            "ftp://fcm.googleapis.com/x",
            "https://user:secret@fcm.googleapis.com/x",
            "https://fcm.googleapis.com/" + "x".repeat(PushEndpoints.MAX_LENGTH),
            "not an address"
        }) {
            asha.api()
                    .body(subscription(endpoint))
                    .post(DEVICES)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body(Json.at("errors[0].field", equalTo("endpoint")));
        }
        asha.api().get(DEVICES).then().body(Json.at("", hasSize(0)));
    }

    @Test
    void keysMustBeAPointOnTheCurveAndASixteenByteSecretAndNamesAreBounded() {
        People.Person asha = People.signUp();
        String endpoint = "https://fcm.googleapis.com/fcm/send/keys-" + System.nanoTime();
        byte[] offCurve = P256.unbase64(MessageEncryptionTest.UA_PUBLIC);
        offCurve[64] ^= 1;

        refused(asha, withKeys(endpoint, P256.base64(offCurve), MessageEncryptionTest.AUTH_SECRET), "keys.p256dh");
        refused(asha, withKeys(endpoint, P256.base64(new byte[33]), MessageEncryptionTest.AUTH_SECRET), "keys.p256dh");
        refused(asha, withKeys(endpoint, "not base64!", MessageEncryptionTest.AUTH_SECRET), "keys.p256dh");
        refused(asha, withKeys(endpoint, MessageEncryptionTest.UA_PUBLIC, P256.base64(new byte[15])), "keys.auth");
        refused(asha, withKeys(endpoint, MessageEncryptionTest.UA_PUBLIC, null), "keys.auth");
        Map<String, Object> longName = subscription(endpoint);
        longName.put("name", "n".repeat(PushDevices.MAX_NAME + 1));
        refused(asha, longName, "name");
        asha.api().body("[]").post(DEVICES).then().statusCode(400);

        asha.api().get(DEVICES).then().body(Json.at("", hasSize(0)));
    }

    @Test
    void aPersonHasAtMostTwentyDevices() {
        People.Person asha = People.signUp();
        for (int i = 0; i < 20; i++) {
            asha.api()
                    .body(subscription("https://fcm.googleapis.com/fcm/send/many-" + i))
                    .post(DEVICES)
                    .then()
                    .statusCode(201);
        }
        asha.api()
                .body(subscription("https://fcm.googleapis.com/fcm/send/many-20"))
                .post(DEVICES)
                .then()
                .statusCode(422)
                .body(Json.at("errors[0].message", equalTo("You have 20 devices; remove one in Settings first.")));
        asha.api()
                .body(subscription("https://fcm.googleapis.com/fcm/send/many-3"))
                .post(DEVICES)
                .then()
                .statusCode(200);
    }

    private static void refused(People.Person person, Map<String, Object> body, String field) {
        JsonDoc problem = Json.doc(
                person.api().body(body).post(DEVICES).then().statusCode(422).extract());
        assertThat(problem.getString("errors[0].field")).isEqualTo(field);
    }

    /** A browser's subscription with the RFC example's keys (valid ones; nothing is sent here). */
    static Map<String, Object> subscription(String endpoint) {
        return withKeys(endpoint, MessageEncryptionTest.UA_PUBLIC, MessageEncryptionTest.AUTH_SECRET);
    }

    static Map<String, Object> withKeys(String endpoint, String p256dh, String auth) {
        Map<String, Object> keys = new HashMap<>();
        keys.put("p256dh", p256dh);
        keys.put("auth", auth);
        Map<String, Object> body = new HashMap<>();
        body.put("endpoint", endpoint);
        body.put("expirationTime", null);
        body.put("keys", keys);
        return body;
    }
}
