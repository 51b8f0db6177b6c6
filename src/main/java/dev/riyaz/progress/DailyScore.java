package dev.riyaz.progress;

import java.time.LocalDate;

/** A goal's habit-strength score at the end of a day, 0..1. */
public record DailyScore(LocalDate date, double score) {}
