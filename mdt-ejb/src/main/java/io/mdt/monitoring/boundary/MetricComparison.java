package io.mdt.monitoring.boundary;

import io.mdt.monitoring.control.ComparedMetric;
import java.io.Serializable;

/**
 * One metric of two versions (or periods) side by side.
 *
 * @param metric the metric's name
 * @param first its value for the first version, null when undefined
 * @param second its value for the second version, null when undefined
 * @param difference {@code second - first}, null when either is undefined
 * @param lower the 2.5th percentile of the bootstrap differences, null without any
 * @param upper the 97.5th percentile
 * @param significant whether the difference is beyond chance at 5%: for accuracy on paired
 *     predictions McNemar's verdict, else whether the interval excludes 0
 * @param resamples the bootstrap resamples drawn (fewer for score-based metrics and windows)
 * @param undefinedResamples resamples on which the metric was undefined for either version
 * @param undefinedReason why a value or the interval is missing, or null
 * @param mcnemar McNemar's test, for accuracy on paired predictions only
 */
public record MetricComparison(
        String metric,
        Double first,
        Double second,
        Double difference,
        Double lower,
        Double upper,
        boolean significant,
        int resamples,
        int undefinedResamples,
        String undefinedReason,
        McNemarSummary mcnemar)
        implements Serializable {

    static MetricComparison of(ComparedMetric compared) {
        var d = compared.difference();
        if (d == null) {
            return new MetricComparison(
                    compared.metric(), null, null, null, null, null, false, 0, 0, compared.undefinedReason(), null);
        }
        return new MetricComparison(
                compared.metric(),
                value(d.first()),
                value(d.second()),
                value(d.difference()),
                value(d.lower()),
                value(d.upper()),
                compared.significant(),
                d.resamples(),
                d.undefinedResamples(),
                compared.undefinedReason(),
                McNemarSummary.of(compared.mcnemar()));
    }

    private static Double value(double number) {
        return Double.isNaN(number) ? null : number;
    }
}
