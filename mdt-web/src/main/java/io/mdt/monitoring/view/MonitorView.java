package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ColumnOutcome;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunSummary;
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
 * A monitor's page: its settings, its runs page by page, the column results of the run the
 * user selects, and one column's score over time.
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

    private Long id;
    private MonitorSummary monitor;
    private LazyDataModel<RunSummary> runs;
    private List<String> columns = List.of();
    private RunSummary selectedRun;
    private List<ColumnOutcome> selectedResults = List.of();
    private String chartColumn;

    /**
     * Reads the monitor named in the address once per view, and charts the column the address
     * names (the first evaluated one otherwise); a missing or unknown id becomes a
     * message. The id is not a required view parameter: the page's own postbacks do not carry
     * it, and a required one would fail their validation and drop what the user chose.
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
            if (!columns.contains(chartColumn)) {
                chartColumn = columns.isEmpty() ? null : columns.get(0);
            }
        } catch (MonitorNotFoundException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
    }

    /** Shows the column results of the run the user selected. */
    public void showSelectedRun() {
        selectedResults =
                selectedRun == null ? List.of() : history.run(selectedRun.id()).columns();
    }

    public String getChart() {
        if (monitor == null || chartColumn == null) {
            return null;
        }
        return ScoreChart.json(chartColumn, history.scores(id, chartColumn, null, null));
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
        return MonitorWording.progress(monitor);
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

    public List<ColumnOutcome> getSelectedResults() {
        return selectedResults;
    }

    public String getChartColumn() {
        return chartColumn;
    }

    public void setChartColumn(String chartColumn) {
        this.chartColumn = chartColumn;
    }
}
