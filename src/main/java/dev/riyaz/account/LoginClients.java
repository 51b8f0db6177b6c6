package dev.riyaz.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells the throttle who is logging in, from the current request: its known-device cookie when that names a browser
 * that signed in to the same account before, else its address (the forwarded one when Riyaz is configured to run
 * behind a proxy).
 */
@ApplicationScoped
class LoginClients {

    static final String DEVICE_COOKIE = "riyaz_device";

    private final CurrentVertxRequest request;

    LoginClients(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The client of the current request trying to log in to the account with this (normalised) address. */
    LoginClient current(String email) {
        return deviceSecret()
                .flatMap(secret -> KnownDevice.findFor(email, Secrets.sha256(secret)))
                .map(device -> LoginClient.device(device.id))
                .orElseGet(() -> LoginClient.address(address()));
    }

    /** The secret in the current request's known-device cookie, if it has one. */
    Optional<String> deviceSecret() {
        RoutingContext context = context();
        if (context == null) {
            return Optional.empty();
        }
        Cookie cookie = context.request().getCookie(DEVICE_COOKIE);
        if (cookie == null || cookie.getValue().isBlank() || cookie.getValue().length() > 64) {
            return Optional.empty();
        }
        return Optional.of(cookie.getValue());
    }

    private String address() {
        RoutingContext context = context();
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        if (remote == null || remote.hostAddress() == null) {
            return "unknown";
        }
        return network(remote.hostAddress());
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network. */
    static String network(String hostAddress) {
        if (!hostAddress.contains(":")) {
            return hostAddress;
        }
        try {
            // a literal address: no name is looked up
            byte[] bytes = InetAddress.getByName(hostAddress).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return hostAddress;
        }
    }

    private RoutingContext context() {
        try {
            return request.getCurrent();
        } catch (RuntimeException e) {
            // no request active (a job or a test calling a service directly)
            return null;
        }
    }
}
