package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * All goals together: a year heatmap of how many goals counted each day ({@code countedDays}: the days with at least
 * one), each active goal's trend, and summaries of this week, month and year.
 */
public record Overview(
        String heatmap,
        int countedDays,
        List<GoalTrend> trends,
        List<SummaryRow> week,
        List<SummaryRow> month,
        List<SummaryRow> year,
        LocalDate from,
        LocalDate to,
        List<SummaryRow> chosen) {

    /** Whether there is anything to show: an active goal, or days that counted for goals since archived. */
    public boolean empty() {
        return trends.isEmpty() && countedDays == 0;
    }
}
