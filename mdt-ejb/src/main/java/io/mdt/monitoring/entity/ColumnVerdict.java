package io.mdt.monitoring.entity;

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
        implements Serializable {}
