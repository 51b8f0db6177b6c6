package dev.riyaz.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

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

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
