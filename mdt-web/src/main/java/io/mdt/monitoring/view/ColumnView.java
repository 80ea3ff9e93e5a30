package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ColumnEvidence;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.platform.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The page of one column in one window, where a heatmap cell leads: the column's verdict with
 * its test, score and threshold, its reference and current distributions overlaid, its data
 * quality, and its score over the windows up to this one. Everything comes from what the run
 * stored; no prediction is read again.
 */
@Named
@ViewScoped
public class ColumnView implements Serializable {

    @Inject
    EvaluationHistory history;

    private Long run;
    private String column;
    private ColumnEvidence evidence;
    private List<DistributionBar> bars = List.of();
    private String distributionChart;
    private String historyChart;

    /** Reads the run and column the address names, once per view; a wrong one becomes a message. */
    public void load() {
        if (evidence != null) {
            return;
        }
        if (run == null || column == null || column.isBlank()) {
            PageMessages.warn("Which column of which run? Open a column from the heatmap of its model's page.");
            return;
        }
        try {
            evidence = history.column(run, column);
            if (evidence.distribution() != null) {
                bars = DistributionChart.bars(evidence.distribution());
                distributionChart = DistributionChart.json(bars);
            }
            historyChart = ScoreChart.json(column, evidence.history());
        } catch (MonitorNotFoundException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
    }

    public ColumnEvidence getEvidence() {
        return evidence;
    }

    public List<DistributionBar> getBars() {
        return bars;
    }

    public String getDistributionChart() {
        return distributionChart;
    }

    public String getHistoryChart() {
        return historyChart;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }
}
