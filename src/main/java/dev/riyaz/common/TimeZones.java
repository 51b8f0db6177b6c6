package dev.riyaz.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The IANA time zones a person can choose, and the check that a text is one of them. */
public final class TimeZones {

    /** Old country-style aliases (US/Eastern, Canada/Pacific...) that only repeat a region zone. */
    private static final List<String> LEGACY_PREFIXES =
            List.of("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/", "Australia/ACT");

    /** Region zones (Asia/Kolkata, America/New_York, ...) plus UTC, sorted, for the select on forms. */
    public static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && LEGACY_PREFIXES.stream().noneMatch(id::startsWith))
            .sorted()
            .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                list.add(0, "UTC");
                return List.copyOf(list);
            }));

    /** The longest IANA id is 32 characters; anything much longer is not a zone and is not looked up. */
    public static final int MAX_LENGTH = 64;

    private TimeZones() {}

    /** The zone for an IANA id such as {@code Asia/Kolkata}; empty for offsets, abbreviations and unknown names. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_LENGTH || !(id.contains("/") || id.equals("UTC"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
