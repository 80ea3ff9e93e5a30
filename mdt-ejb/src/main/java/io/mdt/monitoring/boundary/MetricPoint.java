package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One metric in one finished window, for a chart of the metric over time. */
public record MetricPoint(long runId, Instant windowStart, Instant windowEnd, Long labelledRows, MetricOutcome value)
        implements Serializable {}
