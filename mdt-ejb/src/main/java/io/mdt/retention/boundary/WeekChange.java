package io.mdt.retention.boundary;

import java.time.Instant;

/**
 * A week partition added or dropped.
 *
 * @param data {@code predictions} or {@code actuals}
 * @param week the week's first instant, a Monday 00:00 UTC
 */
public record WeekChange(String data, Instant week) {}
