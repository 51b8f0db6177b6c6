package dev.riyaz.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A first guess at a person's time zone from the languages their browser asks for ({@code Accept-Language}), for
 * forms shown without JavaScript. A region tag wins ({@code en-IN} is India); a country with many zones gets its
 * most populous one; a language alone counts only where it points to one country's time.
 */
public final class ZoneGuesses {

    /** Longer headers are cut: a real browser sends a few dozen characters. */
    static final int MAX_HEADER = 256;

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("US", "America/New_York"),
            Map.entry("CA", "America/Toronto"),
            Map.entry("MX", "America/Mexico_City"),
            Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"),
            Map.entry("CL", "America/Santiago"),
            Map.entry("CO", "America/Bogota"),
            Map.entry("PE", "America/Lima"),
            Map.entry("VE", "America/Caracas"),
            Map.entry("GB", "Europe/London"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("TR", "Europe/Istanbul"),
            Map.entry("UA", "Europe/Kyiv"),
            Map.entry("RU", "Europe/Moscow"),
            Map.entry("IN", "Asia/Kolkata"),
            Map.entry("PK", "Asia/Karachi"),
            Map.entry("BD", "Asia/Dhaka"),
            Map.entry("LK", "Asia/Colombo"),
            Map.entry("NP", "Asia/Kathmandu"),
            Map.entry("CN", "Asia/Shanghai"),
            Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("TW", "Asia/Taipei"),
            Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"),
            Map.entry("SG", "Asia/Singapore"),
            Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("ID", "Asia/Jakarta"),
            Map.entry("PH", "Asia/Manila"),
            Map.entry("TH", "Asia/Bangkok"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("AE", "Asia/Dubai"),
            Map.entry("SA", "Asia/Riyadh"),
            Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("IR", "Asia/Tehran"),
            Map.entry("EG", "Africa/Cairo"),
            Map.entry("NG", "Africa/Lagos"),
            Map.entry("KE", "Africa/Nairobi"),
            Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("MA", "Africa/Casablanca"),
            Map.entry("GH", "Africa/Accra"),
            Map.entry("ET", "Africa/Addis_Ababa"),
            Map.entry("AU", "Australia/Sydney"),
            Map.entry("NZ", "Pacific/Auckland"));

    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ja", "Asia/Tokyo"),
            Map.entry("ko", "Asia/Seoul"),
            Map.entry("hi", "Asia/Kolkata"),
            Map.entry("bn", "Asia/Dhaka"),
            Map.entry("th", "Asia/Bangkok"),
            Map.entry("vi", "Asia/Ho_Chi_Minh"),
            Map.entry("id", "Asia/Jakarta"),
            Map.entry("de", "Europe/Berlin"),
            Map.entry("fr", "Europe/Paris"),
            Map.entry("it", "Europe/Rome"),
            Map.entry("nl", "Europe/Amsterdam"),
            Map.entry("pl", "Europe/Warsaw"),
            Map.entry("cs", "Europe/Prague"),
            Map.entry("sv", "Europe/Stockholm"),
            Map.entry("fi", "Europe/Helsinki"),
            Map.entry("el", "Europe/Athens"),
            Map.entry("tr", "Europe/Istanbul"),
            Map.entry("uk", "Europe/Kyiv"));

    private ZoneGuesses() {}

    /** The zone the first language with a known place points to; empty when none does or the header is unreadable. */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String text = header;
        if (text.length() > MAX_HEADER) {
            int cut = text.lastIndexOf(',', MAX_HEADER);
            text = cut > 0 ? text.substring(0, cut) : "";
        }
        try {
            return Locale.LanguageRange.parse(text).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> guess(Locale.forLanguageTag(range.getRange())))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> guess(Locale locale) {
        String country = locale.getCountry().toUpperCase(Locale.ROOT);
        String zone = BY_COUNTRY.get(country);
        if (zone == null && country.isEmpty()) {
            zone = BY_LANGUAGE.get(locale.getLanguage());
        }
        return Optional.ofNullable(zone);
    }
}
