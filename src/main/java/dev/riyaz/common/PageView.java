package dev.riyaz.common;

import java.util.List;

/** One page of a list that can grow: {@code {items, page, size, total}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {}
