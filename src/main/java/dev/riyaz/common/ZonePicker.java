package dev.riyaz.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The time zone select: suggested zones first (the person's own, a guess from their browser's languages), then
 * common zones, then every zone grouped by region. Each label starts with the city, so typing its first letters in
 * the closed select jumps to it, also without JavaScript; the value posted stays the IANA id.
 */
public final class ZonePicker {

    /** The zones most people live in, one per populous place. */
    static final List<String> COMMON = List.of(
            "America/Los_Angeles",
            "America/Denver",
            "America/Chicago",
            "America/Mexico_City",
            "America/New_York",
            "America/Sao_Paulo",
            "UTC",
            "Europe/London",
            "Africa/Lagos",
            "Europe/Berlin",
            "Europe/Paris",
            "Africa/Cairo",
            "Africa/Johannesburg",
            "Europe/Moscow",
            "Africa/Nairobi",
            "Asia/Dubai",
            "Asia/Karachi",
            "Asia/Kolkata",
            "Asia/Dhaka",
            "Asia/Jakarta",
            "Asia/Shanghai",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Australia/Sydney",
            "Pacific/Auckland");

    private static final DateTimeFormatter GENERIC_NAME =
            new DateTimeFormatterBuilder().appendGenericZoneText(TextStyle.FULL).toFormatter(Locale.ENGLISH);

    /** The parts of a label that do not move with the offset ("Kolkata", "India Time"), made once per zone. */
    private static final Map<String, Place> PLACES = TimeZones.CHOICES.stream()
            .collect(Collectors.toMap(Function.identity(), ZonePicker::place, (a, b) -> a, LinkedHashMap::new));

    /** One option: the IANA id posted and the words shown. */
    public record ZoneOption(String id, String label, boolean selected) {}

    /** One {@code <optgroup>}; {@code suggested} marks the group the browser's own guess joins. */
    public record ZoneGroup(String label, boolean suggested, List<ZoneOption> options) {}

    private ZonePicker() {}

    /**
     * The groups for a select. {@code chosen} is the zone already chosen (the account's, or what a form posted);
     * {@code guess} a zone guessed for this person. The one option selected is the chosen zone if it is a real
     * choice, else the guess, else UTC. Offsets are those in force at {@code now}.
     */
    public static List<ZoneGroup> groups(String chosen, String guess, Instant now) {
        String selected = known(chosen) ? chosen : known(guess) ? guess : "UTC";
        Set<String> suggested = new LinkedHashSet<>();
        suggested.add(selected);
        if (known(guess)) {
            suggested.add(guess);
        }
        List<ZoneGroup> groups = new ArrayList<>();
        groups.add(
                new ZoneGroup(Messages.get("zones_group_suggested"), true, options(suggested, selected, now, false)));
        groups.add(new ZoneGroup(Messages.get("zones_group_common"), false, options(COMMON, null, now, true)));
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (String id : PLACES.keySet()) {
            if (id.contains("/")) {
                regions.computeIfAbsent(id.substring(0, id.indexOf('/')), r -> new ArrayList<>())
                        .add(id);
            }
        }
        regions.forEach(
                (region, ids) -> groups.add(new ZoneGroup(regionName(region), false, options(ids, null, now, true))));
        return List.copyOf(groups);
    }

    /** A zone's city (with its state or country when the id names one) and the zone's common name, if it adds any. */
    private record Place(String city, String name) {}

    /**
     * The label of one zone at one instant: "Kolkata — UTC+05:30 (India Time)". The city comes first, so typing finds
     * it; the offset next, so a narrow select cuts only the name.
     */
    public static String label(String id, Instant now) {
        if (id.equals("UTC")) {
            return Messages.get("zones_utc");
        }
        ZoneOffset offset = ZoneId.of(id).getRules().getOffset(now);
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        Place place = PLACES.containsKey(id) ? PLACES.get(id) : place(id);
        return place.city() + " — " + utc + (place.name() == null ? "" : " (" + place.name() + ")");
    }

    private static List<ZoneOption> options(Iterable<String> ids, String selected, Instant now, boolean sorted) {
        List<ZoneOption> options = new ArrayList<>();
        for (String id : ids) {
            options.add(new ZoneOption(id, label(id, now), id.equals(selected)));
        }
        if (sorted) {
            options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        }
        return options;
    }

    /** A real zone: one from the list, or another IANA id that an older account or the API may hold. */
    private static boolean known(String id) {
        return id != null && (PLACES.containsKey(id) || TimeZones.parse(id).isPresent());
    }

    private static String regionName(String region) {
        String key = "zones_region_" + region.toLowerCase(Locale.ROOT);
        return Messages.has(key) ? Messages.get(key) : region.replace('_', ' ');
    }

    /** "America/Argentina/Buenos_Aires" is Buenos Aires, Argentina, in Argentina Time. */
    private static Place place(String id) {
        if (!id.contains("/")) {
            return new Place(id, null);
        }
        String[] parts = id.split("/");
        String city = parts[parts.length - 1].replace('_', ' ');
        if (parts.length > 2) {
            city = city + ", " + parts[1].replace('_', ' ');
        }
        String name = GENERIC_NAME.format(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of(id)));
        boolean useful = !name.startsWith("GMT") && !name.startsWith(city.split(",")[0]) && !name.equals(id);
        return new Place(city, useful ? name : null);
    }
}
