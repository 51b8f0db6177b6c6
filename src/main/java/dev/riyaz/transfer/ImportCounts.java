package dev.riyaz.transfer;

/** What an import wrote. */
public record ImportCounts(int goals, int entries, int reminders, int resources) {}
