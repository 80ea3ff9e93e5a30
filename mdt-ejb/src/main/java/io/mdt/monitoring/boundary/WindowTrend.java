package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one finished window of a monitor says about the model at a glance: how much of its
 * input drifted and how clean its data was, one point of the model page's charts over time.
 *
 * @param driftedShare the share of features that drifted
 * @param datasetDrift whether the features drifted as a whole, by the monitor's dataset rule
 * @param missingShare the share of missing values, averaged over the tested columns
 * @param outOfRangeShare the share of values outside the reference's range, averaged over the
 *     numerical columns
 */
public record WindowTrend(
        long runId,
        Instant windowStart,
        Instant windowEnd,
        Double driftedShare,
        Boolean datasetDrift,
        Double missingShare,
        Double outOfRangeShare)
        implements Serializable {}
