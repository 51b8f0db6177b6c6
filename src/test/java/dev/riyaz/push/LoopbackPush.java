package dev.riyaz.push;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.config.SmallRyeConfig;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.AppConfig;

/**
 * Lets devices point at a test's own push service on 127.0.0.1, for the test that calls it only. The push settings are
 * read once at start, so rather than start a second app with a test profile of its own (about 7 s of the fast lane),
 * the app's own endpoint check and VAPID signer are installed again, built with the push settings as they are except
 * loopback allowed and a subject of their own.
 */
final class LoopbackPush {

    private LoopbackPush() {}

    static void install(VapidKeys keys, AppConfig app, Clock clock, ObjectMapper json) {
        PushConfig settings =
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PushConfig.class);
        PushConfig loopback = (PushConfig) Proxy.newProxyInstance(
                PushConfig.class.getClassLoader(), new Class<?>[] {PushConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "allowLoopback":
                            return true;
                        case "subject":
                            return Optional.of("mailto:admin@riyaz.example");
                        default:
                            try {
                                return method.invoke(settings, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
        QuarkusMock.installMockForType(new PushEndpoints(loopback), PushEndpoints.class);
        QuarkusMock.installMockForType(new Vapid(keys, loopback, app, clock, json), Vapid.class);
    }
}
