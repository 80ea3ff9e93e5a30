package io.mdt.monitoring.entity;

import io.mdt.engine.drift.DriftMethod;
import java.io.Serializable;

/**
 * What the engine said of one column, flattened for storage: test, threshold, score,
 * statistic, verdict or the error that prevented one, sample sizes and data quality.
 */
public record ColumnVerdict(
        String method,
        Double threshold,
        Double score,
        Double statistic,
        boolean drift,
        String error,
        Long referenceCount,
        Long currentCount,
        Double referenceMissingShare,
        Double currentMissingShare,
        Double outOfRangeShare,
        Integer unseenCategories,
        Double unseenShare)
        implements Serializable {

    /**
     * How far the score is towards drift on the scale every test shares (1 at the threshold,
     * above 1 drift), or null when the column was not tested or the test is unknown.
     */
    public Double severity() {
        if (method == null || score == null || threshold == null) {
            return null;
        }
        return DriftMethod.byName(method)
                .map(m -> m.verdict().severity(score, threshold))
                .filter(Double::isFinite)
                .orElse(null);
    }
}
