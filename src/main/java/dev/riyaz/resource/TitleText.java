package dev.riyaz.resource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML page's {@code <title>}: decoded in the page's charset, entities read, blanks collapsed. */
final class TitleText {

    private static final Pattern TITLE =
            Pattern.compile("<title(?:\\s[^>]*)?>(.*?)</title\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—",
            "middot", "·", "hellip", "…");

    private TitleText() {}

    /** The title of a page whose first bytes are {@code body}; empty when it has none (or it was cut off). */
    static Optional<String> of(byte[] body, int length, String contentType) {
        String text = new String(body, 0, length, charset(body, length, contentType));
        Matcher title = TITLE.matcher(text);
        if (!title.find()) {
            return Optional.empty();
        }
        String clean = entities(title.group(1))
                .replaceAll("[\\s\\p{Cntrl}\\p{Zs}\\u200B-\\u200F\\u2028\\u2029\\uFEFF]+", " ")
                .strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                clean.length() <= Resource.TITLE_MAX ? clean : clean.substring(0, Resource.TITLE_MAX - 1) + "…");
    }

    /** Whether the page so far holds the end of its title, so the rest need not be read. */
    static boolean hasTitleEnd(byte[] body) {
        return new String(body, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT)
                .contains("</title");
    }

    /** The charset the server names, else one a {@code <meta>} names, else a byte-order mark's, else UTF-8. */
    static Charset charset(byte[] body, int length, String contentType) {
        if (contentType != null) {
            Matcher named = CHARSET.matcher(contentType);
            if (named.find()) {
                return known(named.group(1)).orElse(StandardCharsets.UTF_8);
            }
        }
        if (length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(body, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher named = CHARSET.matcher(meta.group());
            if (named.find()) {
                return known(named.group(1)).orElse(StandardCharsets.UTF_8);
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Optional<Charset> known(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String entities(String text) {
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(cp) && cp >= 0x20 && (cp < 0xd800 || cp > 0xdfff)
                ? new String(Character.toChars(cp))
                : " ";
    }
}
