package dev.riyaz.push;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Messages;
import dev.riyaz.common.PublicAddresses;

/**
 * Which push endpoints Riyaz will POST to. An endpoint is an address a client gave, so it is guarded like any link the
 * server fetches: https only, and never a host that resolves to a loopback, private or link-local address, checked
 * when a device is added and again, address by address, before every push (the push then goes to the checked address
 * itself). Tests that play the push service on {@code http://127.0.0.1} turn this off with
 * {@code riyaz.push.allow-loopback}.
 */
@ApplicationScoped
class PushEndpoints {

    /** The longest endpoint kept; real ones are a few hundred characters. */
    static final int MAX_LENGTH = 1024;

    private final PushConfig config;

    PushEndpoints(PushConfig config) {
        this.config = config;
    }

    /** The endpoint as an address to POST to; a 422 on {@code endpoint} when it may not be one. */
    URI check(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_missing"));
        }
        if (endpoint.length() > MAX_LENGTH || !endpoint.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_too_long", String.valueOf(MAX_LENGTH)));
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_not_address"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean plainAllowed = config.allowLoopback() && scheme.equals("http");
        if (!scheme.equals("https") && !plainAllowed) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_https"));
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_not_push"));
        }
        try {
            address(uri);
        } catch (UnknownHostException e) {
            // not known now: checked again before every push
        } catch (IOException e) {
            throw ApiException.invalid("endpoint", Messages.get("push_endpoint_private"));
        }
        return uri;
    }

    /**
     * The one address to connect to for a push: every address of the host must be allowed, and the connection goes
     * to this one, so a second look-up cannot lead elsewhere.
     */
    InetAddress address(URI uri) throws IOException {
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (addresses.length == 0) {
            throw new UnknownHostException(bare);
        }
        for (InetAddress address : addresses) {
            if (!config.allowLoopback() && !PublicAddresses.isPublic(address)) {
                throw new IOException("refused: not a public address");
            }
        }
        return addresses[0];
    }
}
