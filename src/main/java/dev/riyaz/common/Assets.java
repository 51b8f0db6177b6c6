package dev.riyaz.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/**
 * The addresses of the stylesheet, scripts and icons, with their version in them, so a browser may keep each for a
 * year and still fetches a changed file at once. Templates write {@code {asset:url('/css/riyaz.css')}}, which gives
 * {@code /css/riyaz.css?v=} and the start of the SHA-256 of the file's bytes; a webjar's file gets the path that names
 * the webjar's version ({@code /webjars/htmx.org/2.0.4/dist/htmx.min.js}). A file that is not there fails the page,
 * so a misspelt name shows in the first test that renders it. {@link AssetCaching} gives the long cache to these
 * addresses only.
 */
public final class Assets {

    /** The query parameter that carries a file's version. */
    public static final String VERSION_PARAMETER = "v";

    /** The cache of an address that names its file's current version. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final String ROOT = "META-INF/resources";
    private static final Pattern WEBJAR = Pattern.compile("/webjars/([\\w.-]+)/(.+)");
    private static final int VERSION_LENGTH = 16;

    /** Only files that exist are kept: the paths asked for by requests are not. */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    private static final Map<String, String> WEBJAR_VERSIONS = new ConcurrentHashMap<>();

    private Assets() {}

    /** The versioned address of a file under {@code META-INF/resources} or of a webjar's file. */
    @TemplateExtension(namespace = "asset")
    public static String url(String path) {
        Matcher webjar = WEBJAR.matcher(path);
        if (webjar.matches()) {
            String version = webjarVersion(webjar.group(1));
            String versioned = "/webjars/" + webjar.group(1) + "/" + version + "/" + webjar.group(2);
            if (version == null || hash(versioned) == null) {
                throw new IllegalArgumentException("No webjar file " + path);
            }
            return versioned;
        }
        String hash = hash(path);
        if (hash == null) {
            throw new IllegalArgumentException("No static file " + path);
        }
        return path + "?" + VERSION_PARAMETER + "=" + hash;
    }

    /**
     * Whether a request for this path (and {@code v} parameter, or null) names the current version of a file: an app
     * file with the hash of its bytes, or a webjar's file under its webjar's version.
     */
    public static boolean isCurrent(String path, String version) {
        Matcher webjar = WEBJAR.matcher(path);
        if (webjar.matches()) {
            String rest = webjar.group(2);
            int slash = rest.indexOf('/');
            String known = webjarVersion(webjar.group(1));
            return slash > 0 && known != null && rest.substring(0, slash).equals(known) && hash(path) != null;
        }
        return version != null && version.equals(hash(path));
    }

    /** The start of the SHA-256 of a static file's bytes, in hex; null if there is no such file. */
    static String hash(String path) {
        String known = HASHES.get(path);
        if (known != null || !path.startsWith("/") || path.contains("..")) {
            return known;
        }
        try (InputStream in = resource(ROOT + path)) {
            if (in == null) {
                return null;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_LENGTH);
            HASHES.put(path, hash);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String webjarVersion(String name) {
        String known = WEBJAR_VERSIONS.get(name);
        if (known != null || name.contains("..")) {
            return known;
        }
        for (String group : new String[] {"org.webjars.npm", "org.webjars"}) {
            try (InputStream in = resource("META-INF/maven/" + group + "/" + name + "/pom.properties")) {
                if (in != null) {
                    Properties pom = new Properties();
                    pom.load(in);
                    String version = pom.getProperty("version");
                    if (version != null) {
                        WEBJAR_VERSIONS.put(name, version);
                    }
                    return version;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static InputStream resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : Assets.class.getClassLoader()).getResourceAsStream(name);
    }
}
