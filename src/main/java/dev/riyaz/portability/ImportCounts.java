package dev.riyaz.portability;

/** What an import wrote. */
public record ImportCounts(int goals, int entries, int reminders, int resources) {}
