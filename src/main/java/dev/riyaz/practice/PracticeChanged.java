package dev.riyaz.practice;

import java.time.LocalDate;

/** Fired inside the transaction whenever practice of a goal on a day was logged, changed or deleted. */
public record PracticeChanged(long ownerId, long goalId, LocalDate day) {}
