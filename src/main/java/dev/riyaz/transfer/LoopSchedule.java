package dev.riyaz.transfer;

import dev.riyaz.goal.GoalRequest.ScheduleJson;

/** Loop's "N times in D days" as the nearest Riyaz schedule. */
final class LoopSchedule {

    private static final ScheduleJson DAILY = new ScheduleJson("daily", null, null, null);

    private LoopSchedule() {}

    /** The schedule of a habit; when Riyaz has no exact match the nearest one is taken and a note says so. */
    static ScheduleJson read(String title, String numerator, String denominator, String where, LoopFindings findings) {
        Integer n = LoopCsv.whole(numerator);
        Integer d = LoopCsv.whole(denominator);
        if (n == null || d == null || n < 1 || d < 1) {
            findings.problem(where, "FrequencyNumerator and FrequencyDenominator must be whole numbers from 1.");
            return DAILY;
        }
        ScheduleJson exact = exact(n, d);
        if (exact != null) {
            return exact;
        }
        ScheduleJson nearest = nearest(n, d);
        String described =
                nearest.type().equals("weekly") ? nearest.times() + " days a week" : nearest.times() + " days a month";
        findings.note(
                title, "Loop's " + n + " times in " + d + " days becomes " + described + ", the nearest Riyaz has.");
        return nearest;
    }

    /** Every day, N a week, N a month or every D days; null when Riyaz has no such schedule. */
    private static ScheduleJson exact(int n, int d) {
        if (n >= d) {
            return DAILY;
        }
        if (d == 7) {
            return new ScheduleJson("weekly", n, null, null);
        }
        if (d == 30 || d == 31) {
            return new ScheduleJson("monthly", n, null, null);
        }
        if (n == 1 && d <= 365) {
            return new ScheduleJson("interval", null, null, d);
        }
        return null;
    }

    /** As many days a week (or, under one a week, a month) as N in D days comes to. */
    private static ScheduleJson nearest(int n, int d) {
        double perWeek = 7.0 * n / d;
        return perWeek >= 1
                ? new ScheduleJson("weekly", (int) Math.min(7, Math.round(perWeek)), null, null)
                : new ScheduleJson("monthly", (int) Math.max(1, Math.round(30.0 * n / d)), null, null);
    }
}
