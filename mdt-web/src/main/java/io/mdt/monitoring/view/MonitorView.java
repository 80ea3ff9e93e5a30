package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.platform.view.Display;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ColumnSummary;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.entity.ColumnRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * A monitor's page: its settings, one column's score and one performance metric over time,
 * its runs page by page, and the column results and performance of the run the user selects.
 * Charts and the selected run are read when the page opens or the user picks another, never
 * from a getter, which JSF may call several times per request.
 */
@Named
@ViewScoped
public class MonitorView implements Serializable {

    private static final Set<ColumnRole> EVALUATED =
            EnumSet.of(ColumnRole.FEATURE, ColumnRole.PREDICTION, ColumnRole.PREDICTION_SCORE, ColumnRole.TARGET);

    @Inject
    EvaluationHistory history;

    @Inject
    Monitors monitors;

    @Inject
    ModelVersions versions;

    @Inject
    Display display;

    private Long id;
    private Long run;
    private MonitorSummary monitor;
    private LazyDataModel<RunSummary> runs;
    private List<String> columns = List.of();
    private List<String> metrics = List.of();
    private RunSummary selectedRun;
    private RunFindings findings;
    private String chartColumn;
    private String chartMetric;
    private String scoreChart;
    private String metricChart;

    /**
     * Reads the monitor named in the address once per view, and charts the column and the
     * metric the address names (the first evaluated column and the first measured metric
     * otherwise); a missing or unknown id becomes a message. No view parameter is required:
     * the page's own postbacks do not carry them, and a required one would fail their
     * validation and drop what the user chose.
     */
    public void load() {
        if (monitor != null) {
            return;
        }
        if (id == null) {
            PageMessages.warn("Which monitor? Open a monitor from its model's page.");
            return;
        }
        try {
            monitor = monitors.get(id);
            runs = new RunTable(history, id);
            columns = versions.get(monitor.model(), monitor.version()).columns().stream()
                    .filter(column -> EVALUATED.contains(column.role()))
                    .map(ColumnSummary::name)
                    .toList();
            metrics = monitor.performance() == null
                    ? List.of()
                    : monitor.performance().metrics();
            chartColumn = chosenOrFirst(chartColumn, columns);
            chartMetric = chosenOrFirst(chartMetric, metrics);
            drawScores();
            drawMetric();
            showRunOfAddress();
        } catch (MonitorNotFoundException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
    }

    private static String chosenOrFirst(String chosen, List<String> choices) {
        if (chosen != null && choices.contains(chosen)) {
            return chosen;
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    /** Charts the chosen column's score in every finished window. */
    public void drawScores() {
        scoreChart = monitor == null || chartColumn == null
                ? null
                : ScoreChart.json(chartColumn, history.scores(id, chartColumn, null, null));
    }

    /** Charts the chosen metric in every finished window. */
    public void drawMetric() {
        metricChart = monitor == null || chartMetric == null
                ? null
                : MetricChart.json(chartMetric, history.metrics(id, chartMetric, null, null));
    }

    /** Shows the run the address names (a heatmap cell leads here), if it is one of this monitor's. */
    private void showRunOfAddress() {
        if (run == null) {
            return;
        }
        var detail = history.run(run);
        if (detail.run().monitorId() != id) {
            PageMessages.warn("Run " + run + " is not one of this monitor's.");
            return;
        }
        selectedRun = detail.run();
        findings = RunFindings.of(detail);
    }

    /** Shows the column results and the performance of the run the user selected. */
    public void showSelectedRun() {
        findings = selectedRun == null ? null : RunFindings.of(history.run(selectedRun.id()));
    }

    public String getChart() {
        return scoreChart;
    }

    public String getMetricChart() {
        return metricChart;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MonitorSummary getMonitor() {
        return monitor;
    }

    public String getSchedule() {
        return MonitorWording.schedule(monitor);
    }

    public String getWindow() {
        return MonitorWording.window(monitor);
    }

    public String getProgress() {
        return MonitorWording.progress(monitor, display::exact);
    }

    public LazyDataModel<RunSummary> getRuns() {
        return runs;
    }

    public List<String> getColumns() {
        return columns;
    }

    public RunSummary getSelectedRun() {
        return selectedRun;
    }

    public void setSelectedRun(RunSummary selectedRun) {
        this.selectedRun = selectedRun;
    }

    public RunFindings getFindings() {
        return findings;
    }

    public String getChartColumn() {
        return chartColumn;
    }

    public void setChartColumn(String chartColumn) {
        this.chartColumn = chartColumn;
    }

    public List<String> getMetrics() {
        return metrics;
    }

    public String getChartMetric() {
        return chartMetric;
    }

    public void setChartMetric(String chartMetric) {
        this.chartMetric = chartMetric;
    }
}
