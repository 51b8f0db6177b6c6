package dev.riyaz.resource;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** The site part of a link (host and port): no user name or password, lower case, ASCII, a port only when unusual. */
final class LinkSites {

    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    private LinkSites() {}

    /** The site as stored, for a link of this protocol ({@code http} or {@code https}), or why it cannot be. */
    static String authority(String protocol, String authority) throws Links.BadLink {
        if (authority.contains("@")) {
            throw new Links.BadLink("Remove the user name or password from the link (the part before @).");
        }
        String host = authority;
        String port = null;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']', colon) < 0) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
        }
        host = asciiHost(host.toLowerCase(Locale.ROOT));
        if (port != null && !port.isEmpty()) {
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new Links.BadLink("The port after the colon must be a number, like https://example.com:8080/.");
            }
            if (number < 1 || number > 65535) {
                throw new Links.BadLink("The port after the colon must be a number from 1 to 65535.");
            }
            boolean usual = (protocol.equals("http") && number == 80) || (protocol.equals("https") && number == 443);
            return usual ? host : host + ":" + number;
        }
        return host;
    }

    private static String asciiHost(String host) throws Links.BadLink {
        if (host.isEmpty()) {
            throw new Links.BadLink("The link needs a site name, like https://docs.python.org/.");
        }
        if (IPV6.matcher(host).matches()) {
            return host;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new Links.BadLink("The site name in this link is not valid.");
        }
        if (!HOST.matcher(ascii).matches()) {
            throw new Links.BadLink("The site name in this link is not valid.");
        }
        return ascii;
    }
}
