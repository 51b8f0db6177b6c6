package dev.riyaz.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A zone's yearly change of offset ("Sunday on or after 8 March at 02:00") as an RRULE over the local time before the
 * change. Rules an RRULE cannot say exactly (the local day before the change is not the rule's day, as for a change
 * at 01:00 UTC in a zone west of UTC, or the day can fall into the next month) are spelled out year by year instead.
 */
record YearlyRule(ZoneOffsetTransition first, String rrule) {

    /** Every weekday falls on every date in leap and common years within 28 years. */
    private static final int CHECKED_YEARS = 28;

    private static final int SPELLED_OUT_YEARS = 30;

    /** The rule from its first change after {@code after}, when an RRULE gives exactly its changes. */
    static Optional<YearlyRule> of(ZoneOffsetTransitionRule rule, Instant after) {
        int year = firstYear(rule, after);
        LocalTime time = rule.createTransition(year).getDateTimeBefore().toLocalTime();
        for (int y = year; y < year + CHECKED_YEARS; y++) {
            var before = rule.createTransition(y).getDateTimeBefore();
            if (!before.toLocalDate().equals(dateByRrule(rule, y))
                    || !before.toLocalTime().equals(time)) {
                return Optional.empty();
            }
        }
        return Optional.of(new YearlyRule(rule.createTransition(year), rrule(rule)));
    }

    /** The rule's changes after {@code after}, one by one, until 30 years after {@code from}. */
    static List<ZoneOffsetTransition> spelledOut(ZoneOffsetTransitionRule rule, Instant after, Instant from) {
        int last = from.atOffset(ZoneOffset.UTC).getYear() + SPELLED_OUT_YEARS;
        return IntStream.rangeClosed(firstYear(rule, after), last)
                .mapToObj(rule::createTransition)
                .toList();
    }

    private static int firstYear(ZoneOffsetTransitionRule rule, Instant after) {
        int year = after.atOffset(ZoneOffset.UTC).getYear() - 1;
        while (!rule.createTransition(year).getInstant().isAfter(after)) {
            year++;
        }
        return year;
    }

    static String rrule(ZoneOffsetTransitionRule rule) {
        String yearly = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int dom = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return yearly + ";BYMONTHDAY=" + dom;
        }
        String day = IcsWriter.weekday(weekday);
        Month month = rule.getMonth();
        if (dom == -1 || dom > 0 && month != Month.FEBRUARY && dom + 6 == month.maxLength()) {
            return yearly + ";BYDAY=-1" + day; // the last one in the month ("Sun>=25" in March)
        }
        if (dom > 0 && dom <= 22 && (dom - 1) % 7 == 0) {
            return yearly + ";BYDAY=" + ((dom + 6) / 7) + day;
        }
        String days = IntStream.range(0, 7)
                .mapToObj(i -> String.valueOf(dom > 0 ? dom + i : dom - i))
                .collect(Collectors.joining(","));
        return yearly + ";BYDAY=" + day + ";BYMONTHDAY=" + days;
    }

    /** The date the RRULE above gives in a year: the day of the month, or the weekday on or after/before it. */
    private static LocalDate dateByRrule(ZoneOffsetTransitionRule rule, int year) {
        YearMonth month = YearMonth.of(year, rule.getMonth());
        int dom = rule.getDayOfMonthIndicator();
        LocalDate date = dom < 0 ? month.atDay(month.lengthOfMonth() + 1 + dom) : month.atDay(dom);
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday != null) {
            date = date.with(
                    dom < 0 ? TemporalAdjusters.previousOrSame(weekday) : TemporalAdjusters.nextOrSame(weekday));
        }
        return YearMonth.from(date).equals(month) ? date : null;
    }
}
