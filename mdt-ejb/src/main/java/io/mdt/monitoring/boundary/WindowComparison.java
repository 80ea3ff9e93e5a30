package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The comparison on the paired predictions of one time window.
 *
 * @param start the window's first instant
 * @param end its end, exclusive
 * @param rows the paired labelled predictions with an event time in the window
 * @param metrics each metric, with fewer resamples than the overall comparison
 */
public record WindowComparison(Instant start, Instant end, long rows, List<MetricComparison> metrics)
        implements Serializable {}
