package dev.riyaz.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 2047 encoded words for header text beyond ASCII. The mail client turns letters outside the Basic Multilingual
 * Plane (emoji) into "?" when it encodes a header itself, so Riyaz hands it ASCII only: UTF-8, base64, in words of at
 * most 75 characters that never split a character.
 */
final class HeaderWords {

    private static final int MAX_BYTES_PER_WORD = 45; // 60 base64 characters, 72 with "=?UTF-8?B?" and "?="

    private HeaderWords() {}

    static String encode(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return text;
        }
        StringBuilder encoded = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES_PER_WORD) {
                word(encoded, chunk);
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        word(encoded, chunk);
        return encoded.toString();
    }

    private static void word(StringBuilder encoded, CharSequence chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        if (!encoded.isEmpty()) {
            encoded.append(' ');
        }
        encoded.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }
}
