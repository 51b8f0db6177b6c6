package dev.riyaz.resource;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the links people paste or send: web addresses only ({@code http}, {@code https}), written one way, with a
 * key that finds the same page saved twice, a readable name and a likely kind.
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
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final String UNSAFE = "\"<>\\^`{|}";

    private static final Map<Resource.Kind, List<String>> SITES = Map.of(
            Resource.Kind.video, List.of("youtube.com", "youtu.be", "vimeo.com"),
            Resource.Kind.repo, List.of("github.com", "gitlab.com", "codeberg.org", "bitbucket.org"),
            Resource.Kind.social,
                    List.of(
                            "instagram.com",
                            "twitter.com",
                            "x.com",
                            "linkedin.com",
                            "facebook.com",
                            "tiktok.com",
                            "reddit.com",
                            "mastodon.social",
                            "bsky.app",
                            "threads.net",
                            "discord.com",
                            "discord.gg"),
            Resource.Kind.practice,
                    List.of(
                            "exercism.org",
                            "leetcode.com",
                            "hackerrank.com",
                            "codewars.com",
                            "projecteuler.net",
                            "adventofcode.com",
                            "codingbat.com",
                            "edabit.com"),
            Resource.Kind.course,
                    List.of(
                            "coursera.org",
                            "udemy.com",
                            "edx.org",
                            "freecodecamp.org",
                            "khanacademy.org",
                            "codecademy.com",
                            "cs50.harvard.edu",
                            "theodinproject.com",
                            "udacity.com"),
            Resource.Kind.docs, List.of("developer.mozilla.org", "readthedocs.io", "readthedocs.org", "devdocs.io"),
            Resource.Kind.article, List.of("medium.com", "dev.to", "substack.com", "hashnode.dev"));

    private Links() {}

    /** The link in its stored form, or why it cannot be saved. */
    static Link parse(String raw) throws BadLink {
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
        Matcher scheme = SCHEME.matcher(text);
        if (text.startsWith("//")) {
            text = "https:" + text;
        } else if (scheme.matches() && !siteWithPort(scheme)) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                throw new BadLink("Only web links can be saved: use one that starts with https:// or http:// (not "
                        + name + ":).");
            }
        } else {
            text = "https://" + text;
        }
        Matcher web = WEB.matcher(text);
        if (!web.matches()) {
            throw new BadLink("Use a whole web address, like https://docs.python.org/3/tutorial/.");
        }
        String protocol = web.group(1).toLowerCase(Locale.ROOT);
        String authority = authority(protocol, web.group(2));
        String rest = encodeUnsafe(web.group(3));
        if (rest.isEmpty() || rest.charAt(0) != '/') {
            rest = "/" + rest;
        }
        if (rest.endsWith("#")) {
            rest = rest.substring(0, rest.length() - 1);
        }
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

    /** The kind a link most likely is, from its site; {@code other} when we cannot tell. */
    static Resource.Kind guessKind(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost();
        for (Map.Entry<Resource.Kind, List<String>> site : SITES.entrySet()) {
            if (site.getValue().stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain))) {
                return site.getKey();
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host.startsWith("docs.") || path.startsWith("/docs/") || path.equals("/docs")) {
            return Resource.Kind.docs;
        }
        return Resource.Kind.other;
    }

    /** "localhost:8080/x" and "example.com:8080" are a site and a port, not a scheme. */
    private static boolean siteWithPort(Matcher scheme) {
        String site = scheme.group(1);
        return (site.contains(".") || site.equalsIgnoreCase("localhost"))
                && HOST_AND_PORT.matcher(scheme.group(2)).matches();
    }

    private static String authority(String protocol, String authority) throws BadLink {
        if (authority.contains("@")) {
            throw new BadLink("Remove the user name or password from the link (the part before @).");
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
                throw new BadLink("The port after the colon must be a number, like https://example.com:8080/.");
            }
            if (number < 1 || number > 65535) {
                throw new BadLink("The port after the colon must be a number from 1 to 65535.");
            }
            boolean usual = (protocol.equals("http") && number == 80) || (protocol.equals("https") && number == 443);
            return usual ? host : host + ":" + number;
        }
        return host;
    }

    private static String asciiHost(String host) throws BadLink {
        if (host.isEmpty()) {
            throw new BadLink("The link needs a site name, like https://docs.python.org/.");
        }
        if (IPV6.matcher(host).matches()) {
            return host;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new BadLink("The site name in this link is not valid.");
        }
        if (!HOST.matcher(ascii).matches()) {
            throw new BadLink("The site name in this link is not valid.");
        }
        return ascii;
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
