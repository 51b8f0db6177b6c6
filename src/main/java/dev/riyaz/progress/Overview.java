package dev.riyaz.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * All goals together: a year heatmap of how many goals counted each day, and summaries of this week, month and year.
 */
public record Overview(
        String heatmap,
        List<SummaryRow> week,
        List<SummaryRow> month,
        List<SummaryRow> year,
        LocalDate from,
        LocalDate to,
        List<SummaryRow> chosen) {}
