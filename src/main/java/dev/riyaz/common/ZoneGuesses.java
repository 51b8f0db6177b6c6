package dev.riyaz.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A first guess at a person's time zone from the languages their browser asks for ({@code Accept-Language}), for
 * forms shown without JavaScript. A region tag wins ({@code en-IN} is India); a country with many zones gets its
 * most populous one; a language alone counts only where it points to one country's time.
 */
public final class ZoneGuesses {

    /** Longer headers are cut: a real browser sends a few dozen characters. */
    static final int MAX_HEADER = 256;

    /** One place a browser's language can point to: its country, the zone most of it lives in, and its language. */
    private record Place(String country, String zone, String language) {}

    /**
     * Countries and their most populous zone; a language is named where it is spoken mainly in that one country's
     * time, so a bare "ja" or "de" points there too.
     */
    private static final List<Place> PLACES = List.of(
            place("US", "America/New_York"),
            place("CA", "America/Toronto"),
            place("MX", "America/Mexico_City"),
            place("BR", "America/Sao_Paulo"),
            place("AR", "America/Argentina/Buenos_Aires"),
            place("CL", "America/Santiago"),
            place("CO", "America/Bogota"),
            place("PE", "America/Lima"),
            place("VE", "America/Caracas"),
            place("GB", "Europe/London"),
            place("IE", "Europe/Dublin"),
            place("FR", "Europe/Paris", "fr"),
            place("DE", "Europe/Berlin", "de"),
            place("ES", "Europe/Madrid"),
            place("PT", "Europe/Lisbon"),
            place("IT", "Europe/Rome", "it"),
            place("NL", "Europe/Amsterdam", "nl"),
            place("BE", "Europe/Brussels"),
            place("CH", "Europe/Zurich"),
            place("AT", "Europe/Vienna"),
            place("SE", "Europe/Stockholm", "sv"),
            place("NO", "Europe/Oslo"),
            place("DK", "Europe/Copenhagen"),
            place("FI", "Europe/Helsinki", "fi"),
            place("PL", "Europe/Warsaw", "pl"),
            place("CZ", "Europe/Prague", "cs"),
            place("HU", "Europe/Budapest"),
            place("RO", "Europe/Bucharest"),
            place("GR", "Europe/Athens", "el"),
            place("TR", "Europe/Istanbul", "tr"),
            place("UA", "Europe/Kyiv", "uk"),
            place("RU", "Europe/Moscow"),
            place("IN", "Asia/Kolkata", "hi"),
            place("PK", "Asia/Karachi"),
            place("BD", "Asia/Dhaka", "bn"),
            place("LK", "Asia/Colombo"),
            place("NP", "Asia/Kathmandu"),
            place("CN", "Asia/Shanghai"),
            place("HK", "Asia/Hong_Kong"),
            place("TW", "Asia/Taipei"),
            place("JP", "Asia/Tokyo", "ja"),
            place("KR", "Asia/Seoul", "ko"),
            place("SG", "Asia/Singapore"),
            place("MY", "Asia/Kuala_Lumpur"),
            place("ID", "Asia/Jakarta", "id"),
            place("PH", "Asia/Manila"),
            place("TH", "Asia/Bangkok", "th"),
            place("VN", "Asia/Ho_Chi_Minh", "vi"),
            place("AE", "Asia/Dubai"),
            place("SA", "Asia/Riyadh"),
            place("IL", "Asia/Jerusalem"),
            place("IR", "Asia/Tehran"),
            place("EG", "Africa/Cairo"),
            place("NG", "Africa/Lagos"),
            place("KE", "Africa/Nairobi"),
            place("ZA", "Africa/Johannesburg"),
            place("MA", "Africa/Casablanca"),
            place("GH", "Africa/Accra"),
            place("ET", "Africa/Addis_Ababa"),
            place("AU", "Australia/Sydney"),
            place("NZ", "Pacific/Auckland"));

    private static final Map<String, String> BY_COUNTRY = zonesBy(Place::country);

    private static final Map<String, String> BY_LANGUAGE = zonesBy(Place::language);

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

    /** Each place's zone under the key {@code key} reads from it; places without that key are left out. */
    private static Map<String, String> zonesBy(Function<Place, String> key) {
        return PLACES.stream()
                .filter(place -> key.apply(place) != null)
                .collect(Collectors.toUnmodifiableMap(key, Place::zone));
    }

    private static Place place(String country, String zone) {
        return new Place(country, zone, null);
    }

    private static Place place(String country, String zone, String language) {
        return new Place(country, zone, language);
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
