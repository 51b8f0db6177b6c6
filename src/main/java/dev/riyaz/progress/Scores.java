package dev.riyaz.progress;

import dev.riyaz.goal.Schedule;

/**
 * The habit strength of Loop Habit Tracker: each day {@code score = previous * m + pct * (1 - m)} with {@code m = 0.5 ^
 * (sqrt(f) / 13)}, {@code f} the schedule's expected practice per day. {@code pct} is the day's credit for daily goals;
 * for the others the share of a doubled quota met in a doubled trailing window (3 a week: the credits of the last 14
 * days over 6), capped at 1. Planned rest leaves the score as it was; the score is 0 before the start date.
 */
final class Scores {

    private Scores() {}

    /** The score at the end of each day of the history. */
    static double[] of(History history) {
        Schedule schedule = history.goal.schedule();
        double m = Math.pow(0.5, Math.sqrt(schedule.frequency()) / 13);
        boolean daily = schedule.type() == Schedule.Type.daily;
        int window = daily ? 1 : 2 * schedule.cycleDays();
        double quota = daily ? 1 : 2 * schedule.timesPerCycle();
        double[] scores = new double[history.size];
        double score = 0;
        double credits = 0;
        for (int i = 0; i < history.size; i++) {
            credits += history.credit[i];
            if (i >= window) {
                credits -= history.credit[i - window];
            }
            if (!history.skipped[i]) {
                double pct = Math.max(0, Math.min(1, credits / quota));
                score = score * m + pct * (1 - m);
            }
            scores[i] = score;
        }
        return scores;
    }
}
