package io.mdt.monitoring.entity;

import java.time.Instant;

/**
 * One window of a monitor. Time windows are {@code [start, end)} and numbered by
 * {@code start / size}; count windows are numbered from the first prediction, their times
 * known once read.
 */
public record Window(long index, Instant start, Instant end) {}
