package dev.riyaz.account;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.config.SmallRyeConfig;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.riyaz.common.Validation;
import dev.riyaz.testing.Json;
import dev.riyaz.testing.People;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * With {@code riyaz.account.registration=closed}, nobody signs up. The setting is read once at start, so rather than
 * start a second app with a test profile of its own (about 15 s of the fast lane), each test runs the real
 * {@link AccountService} built with the app's own beans and the account settings as they are, except registration
 * closed.
 */
@QuarkusTest
class ClosedRegistrationTest {

    @Inject
    Validation validation;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Inject
    Clock clock;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    Credentials credentials;

    @Inject
    Event<AccountDeleting> deleting;

    @BeforeEach
    void closeRegistration() {
        AccountConfig settings =
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(AccountConfig.class);
        AccountConfig closed = (AccountConfig) Proxy.newProxyInstance(
                AccountConfig.class.getClassLoader(), new Class<?>[] {AccountConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registration")) {
                        return AccountConfig.Registration.closed;
                    }
                    try {
                        return method.invoke(settings, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        QuarkusMock.installMockForType(
                new AccountService(validation, hasher, sessions, closed, clock, changed, credentials, deleting),
                AccountService.class);
    }

    @Test
    void apiSignUpIsForbidden() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email", "closed@example.com",
                        "password", People.PASSWORD,
                        "displayName", "Asha",
                        "timeZone", "UTC"))
                .post("/api/v1/account")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(Json.at("status", equalTo(403)));
    }

    @Test
    void signUpPageSaysSoAndHasNoForm() {
        given().get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("not taking new accounts"))
                .body(not(containsString("name=\"password\"")));
    }
}
