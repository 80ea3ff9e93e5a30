package io.mdt.monitoring.boundary;

import io.mdt.monitoring.control.MetricJudgement;
import io.mdt.monitoring.entity.MetricResult;
import java.io.Serializable;

/**
 * One performance metric of a run, as clients read it.
 *
 * @param realized the value measured from actuals, or null with {@code realizedReason}
 * @param estimated the value estimated without actuals, with its 95% band {@code [estimateLower,
 *     estimateUpper]}, or null (with {@code estimateReason} when estimation was asked for)
 * @param referenceValue the metric on the whole reference
 * @param lowerBound the bounds the values are judged against (null: unbounded on that side)
 * @param thresholdKind FIXED, RELATIVE or STANDARD_DEVIATION
 * @param realizedVerdict WITHIN, BELOW or ABOVE the bounds; null without a realized value
 * @param degraded whether a value lies outside the bounds on the side where the model got worse
 */
public record MetricOutcome(
        String metric,
        Double realized,
        String realizedReason,
        Double estimated,
        Double estimateLower,
        Double estimateUpper,
        Double samplingError,
        String estimateReason,
        Double referenceValue,
        Double lowerBound,
        Double upperBound,
        String thresholdKind,
        String realizedVerdict,
        String estimatedVerdict,
        boolean degraded)
        implements Serializable {

    /** Whether the realized value, or the estimate, lies outside the bounds on the side where the model got worse. */
    public boolean worse(boolean realizedValue) {
        return MetricJudgement.worse(metric, realizedValue ? realizedVerdict : estimatedVerdict);
    }

    static MetricOutcome of(MetricResult result, boolean degraded) {
        return new MetricOutcome(
                result.getMetric(),
                result.getRealized(),
                result.getRealizedReason(),
                result.getEstimated(),
                result.getEstimateLower(),
                result.getEstimateUpper(),
                result.getSamplingError(),
                result.getEstimateReason(),
                result.getReferenceValue(),
                result.getLowerBound(),
                result.getUpperBound(),
                result.getThresholdKind(),
                result.getRealizedVerdict(),
                result.getEstimatedVerdict(),
                degraded);
    }
}
