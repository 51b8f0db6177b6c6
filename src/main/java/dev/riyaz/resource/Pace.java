package dev.riyaz.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How fast someone moves through a resource, from the last four weeks of progress, and when they will finish at that
 * pace. A resource added less than four weeks ago counts from the day it was added, but never over less than a week,
 * so one busy first day does not promise a finish tomorrow.
 */
public record Pace(double perWeek, LocalDate finish) {

    static final int WINDOW_DAYS = 28;
    static final int SHORTEST_DAYS = 7;

    /** One day's figure: how many parts were done at the end of that day. */
    record Point(LocalDate date, int progress) {}

    /**
     * The pace and projected finish; empty when there is no length, it is finished, or nothing moved in the window.
     *
     * @param history the day figures, oldest first
     */
    static Optional<Pace> of(List<Point> history, Integer progress, Integer length, LocalDate today) {
        if (length == null || history.isEmpty()) {
            return Optional.empty();
        }
        int done = progress == null ? 0 : progress;
        if (done >= length) {
            return Optional.empty();
        }
        LocalDate windowStart = today.minusDays(WINDOW_DAYS);
        Point baseline = history.get(0);
        LocalDate from = baseline.date();
        for (Point point : history) {
            if (point.date().isAfter(windowStart)) {
                break;
            }
            baseline = point;
            from = windowStart;
        }
        int gained = done - baseline.progress();
        if (gained <= 0) {
            return Optional.empty();
        }
        long days = Math.max(SHORTEST_DAYS, ChronoUnit.DAYS.between(from, today));
        double perDay = (double) gained / days;
        long daysLeft = (long) Math.ceil((length - done) / perDay);
        return Optional.of(new Pace(perDay * 7, today.plusDays(daysLeft)));
    }

    /** "2", "0.5": parts a week, rounded to one decimal. */
    public String perWeekText() {
        return java.math.BigDecimal.valueOf(perWeek)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
