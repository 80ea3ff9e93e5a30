package io.mdt.monitoring.boundary;

import java.time.Instant;

/** A column's score in one window: one point of its history. */
public record ScorePoint(
        long runId,
        Instant windowStart,
        Instant windowEnd,
        String method,
        Double threshold,
        Double score,
        boolean drift) {}
