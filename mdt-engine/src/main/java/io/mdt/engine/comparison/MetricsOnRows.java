package io.mdt.engine.comparison;

import java.util.Map;

/**
 * Several metrics of one model computed together on some rows, as {@link MetricOnRows} computes
 * one: a performance report yields all its metrics from one pass, so a bootstrap of eleven metrics
 * evaluates each resample once rather than eleven times. The array is only valid during the call.
 */
@FunctionalInterface
public interface MetricsOnRows {

    /** Each metric by name on the rows, null (or NaN, or absent) where it is undefined on them. */
    Map<String, Double> apply(int[] rowIndices);
}
