package io.mdt.retention.boundary;

import java.time.Instant;

/**
 * One partition of a version's data.
 *
 * @param from the week's first instant; null for the default partition, which holds what no week does
 * @param to the first instant after the week; null for the default partition
 * @param estimatedRows the database's estimate of its rows, from its last analysis (0 before one)
 */
public record StoredWeek(Instant from, Instant to, long estimatedRows) {}
