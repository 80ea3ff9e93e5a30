package io.mdt.engine.report;

import java.util.List;

/**
 * The drift verdict on a dataset.
 *
 * @param columns one entry per compared column, in input order
 * @param drifted columns that drifted
 * @param total columns evaluated (those with an error excluded)
 * @param failed columns that could not be evaluated
 * @param share drifted / total (0 when nothing was evaluated)
 * @param datasetDrift the dataset-level verdict
 * @param rule the dataset rule, e.g. "share>=0.5"
 */
public record DriftReport(
        List<ColumnDrift> columns,
        int drifted,
        int total,
        int failed,
        double share,
        boolean datasetDrift,
        String rule) {

    public DriftReport {
        columns = List.copyOf(columns);
    }
}
