package dev.riyaz.push;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where push lives: the JSON API ({@code API}) and the Remove button of the devices in Settings ({@code PAGES}).
 * Templates write {@code {push:removeDevice(device.id)}}.
 */
@TemplateExtension(namespace = "push")
public final class PushRoutes {

    public static final String API = "/api/v1/push";
    public static final String KEY = "key";
    public static final String DEVICES = "devices";
    public static final String DEVICE = "devices/{id}";

    public static final String PAGES = "/settings/devices";
    public static final String REMOVE = "{id}/remove";

    private PushRoutes() {}

    public static String key() {
        return RoutePaths.fill(API, KEY);
    }

    public static String devices() {
        return RoutePaths.fill(API, DEVICES);
    }

    public static String device(long id) {
        return RoutePaths.fill(API, DEVICE, id);
    }

    public static String removeDevice(long id) {
        return RoutePaths.fill(PAGES, REMOVE, id);
    }
}
