package dev.riyaz.resource;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the links people paste or send: web addresses only ({@code http}, {@code https}), written one way, with a
 * key that finds the same page saved twice and a readable name. {@link LinkKinds} guesses what kind it is.
 */
final class Links {

    static final int MAX_LENGTH = 2000;

    /** A link as stored, and the key under which the same page saved another way is found. */
    record Link(String url, String key) {}

    /** Thrown with a message that says, in plain words, what to change. */
    static final class BadLink extends Exception {
        BadLink(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final Pattern HOST_AND_PORT = Pattern.compile("^\\d{1,5}(?:[/?#].*)?$", Pattern.DOTALL);
    private static final Pattern WEB =
            Pattern.compile("^(https?)://([^/?#]*)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final String UNSAFE = "\"<>\\^`{|}";

    private Links() {}

    /** The link in its stored form, or why it cannot be saved. */
    static Link parse(String raw) throws BadLink {
        Matcher web = WEB.matcher(withScheme(checked(raw)));
        if (!web.matches()) {
            throw new BadLink("Use a whole web address, like https://docs.python.org/3/tutorial/.");
        }
        String protocol = web.group(1).toLowerCase(Locale.ROOT);
        String authority = LinkSites.authority(protocol, web.group(2));
        String rest = path(web.group(3));
        String url = protocol + "://" + authority + rest;
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw new BadLink("This link has characters a web address cannot have. Copy it again from the browser.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new BadLink("Use a link of at most " + MAX_LENGTH + " characters.");
        }
        return new Link(url, key(authority, rest));
    }

    /** The site and path without {@code https://}, {@code www.} or a trailing slash: "instagram.com/pythonhub". */
    static String readable(String url) {
        URI uri = URI.create(url);
        String host = withoutWww(unicodeHost(uri.getHost() == null ? uri.getRawAuthority() : uri.getHost()));
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String name = (host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path).replaceAll("\\p{Cntrl}", "");
        return name.length() <= Resource.TITLE_MAX ? name : name.substring(0, Resource.TITLE_MAX - 1) + "…";
    }

    /** The site of a stored link, as people read it: "docs.python.org" (a port only when unusual). */
    static String site(String url) {
        URI uri = URI.create(url);
        String host = withoutWww(unicodeHost(uri.getHost() == null ? uri.getRawAuthority() : uri.getHost()));
        String name = (host + (uri.getPort() == -1 ? "" : ":" + uri.getPort())).replaceAll("\\p{Cntrl}", "");
        return name.length() <= Resource.TITLE_MAX ? name : name.substring(0, Resource.TITLE_MAX - 1) + "…";
    }

    /** The link as pasted, without surrounding blanks: not empty, not too long, nothing invisible inside. */
    private static String checked(String raw) throws BadLink {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new BadLink("Paste the link, like https://docs.python.org/3/tutorial/.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadLink("Use a link of at most " + MAX_LENGTH + " characters.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BadLink("Remove the line breaks and other invisible characters from the link.");
        }
        return text;
    }

    /** A link with its scheme: {@code https://} when it has none; only web schemes are allowed. */
    private static String withScheme(String text) throws BadLink {
        Matcher scheme = SCHEME.matcher(text);
        if (text.startsWith("//")) {
            return "https:" + text;
        }
        if (scheme.matches() && !siteWithPort(scheme)) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                throw new BadLink("Only web links can be saved: use one that starts with https:// or http:// (not "
                        + name + ":).");
            }
            return text;
        }
        return "https://" + text;
    }

    /** What follows the site, encoded, starting with a slash and without an empty fragment. */
    private static String path(String raw) {
        String rest = encodeUnsafe(raw);
        if (rest.isEmpty() || rest.charAt(0) != '/') {
            rest = "/" + rest;
        }
        if (rest.endsWith("#")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest;
    }

    /** "localhost:8080/x" and "example.com:8080" are a site and a port, not a scheme. */
    private static boolean siteWithPort(Matcher scheme) {
        String site = scheme.group(1);
        return (site.contains(".") || site.equalsIgnoreCase("localhost"))
                && HOST_AND_PORT.matcher(scheme.group(2)).matches();
    }

    /** Percent-encodes what browsers allow in an address bar but a URI may not hold (spaces, non-ASCII, quotes). */
    private static String encodeUnsafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7f && UNSAFE.indexOf(cp) < 0) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static String key(String authority, String rest) {
        String withoutFragment = rest.contains("#") ? rest.substring(0, rest.indexOf('#')) : rest;
        String path = withoutFragment;
        String query = "";
        int q = withoutFragment.indexOf('?');
        if (q >= 0) {
            path = withoutFragment.substring(0, q);
            query = Arrays.stream(withoutFragment.substring(q + 1).split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                    .collect(Collectors.joining("&"));
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return withoutWww(authority) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String unicodeHost(String host) {
        return host == null ? "" : IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
    }
}
