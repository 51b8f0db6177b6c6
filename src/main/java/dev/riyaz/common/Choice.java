package dev.riyaz.common;

/** One option of a select or a group of checkboxes: the value posted and the label shown. */
public record Choice(String value, String label) {}
