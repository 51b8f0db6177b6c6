package dev.riyaz.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.Units;

/** Friendly formats for pages: "Tue 14 Oct", "30", "1.5". */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter FRIENDLY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FRIENDLY_YEAR =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** "Tue 14 Oct", with the year only when it is not the year of {@code today}. */
    static String friendly(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? FRIENDLY.format(date) : FRIENDLY_YEAR.format(date);
    }

    /** The day of an instant in a time zone, "Tue 14 Oct 2026". */
    static String dateIn(Instant instant, String zone) {
        return FRIENDLY_YEAR.format(instant.atZone(ZoneId.of(zone)));
    }

    /** The unit for this many: "minute" for exactly one of "minutes", the unit as written otherwise. */
    static String unitFor(BigDecimal number, String unit) {
        return Units.unitFor(number, unit);
    }

    /** "Today", "Yesterday" or "Tue 14 Oct". */
    static String relative(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return Messages.get("day_today");
        }
        if (date.equals(today.minusDays(1))) {
            return Messages.get("day_yesterday");
        }
        return friendly(date, today);
    }

    /** An amount with its unit; minutes of an hour or more read as "9 h 40 min". */
    static String withUnit(BigDecimal amount, String unit) {
        return Units.withUnit(amount, unit);
    }

    static String plain(BigDecimal number) {
        return Units.plain(number);
    }
}
