package io.mdt.monitoring.boundary;

import io.mdt.engine.report.ColumnDistribution;
import java.io.Serializable;
import java.util.List;

/**
 * What a run found about one column, with the evidence behind it: the column's result, how its
 * values fell in the reference and in the window, and its score in the windows up to this one.
 *
 * @param monitor the monitor that ran
 * @param run the run, without its other columns
 * @param column the column's test, score, threshold, verdict and data quality
 * @param distribution both samples on the bins or categories the engine compared them on;
 *     {@code null} when the column could not be read on both sides
 * @param history the column's score in at most {@value EvaluationHistory#COLUMN_HISTORY} finished
 *     windows up to this run's, oldest first
 */
public record ColumnEvidence(
        MonitorSummary monitor,
        RunSummary run,
        ColumnOutcome column,
        ColumnDistribution distribution,
        List<ScorePoint> history)
        implements Serializable {}
