package io.mdt.engine.report;

import io.mdt.engine.quality.ColumnQuality;

/**
 * The drift verdict on one column.
 *
 * @param column column name
 * @param type "numerical" or "categorical"
 * @param method the test actually used (what {@code auto} resolved to), by its Evidently name
 * @param threshold the threshold the score was compared with
 * @param score p-value or distance; {@code null} when the column could not be evaluated
 * @param statistic test statistic; {@code null} when undefined or infinite
 * @param drift the verdict; false when the column could not be evaluated
 * @param reference what the reference side contributed
 * @param current what the current side contributed
 * @param quality data-quality figures
 * @param error why the column could not be evaluated, {@code null} otherwise
 * @param distribution both samples on shared bins or categories; {@code null} when the column
 *     could not be read on both sides (a type mismatch, a missing column, no values at all)
 */
public record ColumnDrift(
        String column,
        String type,
        String method,
        Double threshold,
        Double score,
        Double statistic,
        boolean drift,
        SampleCounts reference,
        SampleCounts current,
        ColumnQuality quality,
        String error,
        ColumnDistribution distribution) {

    public boolean failed() {
        return error != null;
    }
}
