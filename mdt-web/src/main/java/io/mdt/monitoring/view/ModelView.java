package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.ModelStatus;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.platform.view.Display;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model's page: its health, its versions, each version's monitors with their latest run, and
 * one monitor's drift heatmap and charts over time.
 */
@Named
@RequestScoped
public class ModelView {

    static final int DEFAULT_WINDOWS = 48;
    private static final List<Integer> WINDOW_CHOICES = List.of(24, DEFAULT_WINDOWS, 168);

    @Inject
    EvaluationHistory history;

    @Inject
    ModelVersions versions;

    @Inject
    Monitors monitors;

    @Inject
    Display display;

    private String name;
    private Long heatmapMonitor;
    private int heatmapWindows = DEFAULT_WINDOWS;
    private HeatmapTable heatmap;
    private String driftChart;
    private String qualityChart;
    private String performanceMetric;
    private String performanceChart;
    private ModelStatus status;
    private List<VersionSummary> versionList = List.of();
    private List<MonitorRow> monitorRows = List.of();

    /** Reads the model named in the address; a missing or unknown name becomes a message on the page. */
    public void load() {
        if (name == null || name.isBlank()) {
            PageMessages.warn("Which model? Open a model from the models page.");
            return;
        }
        try {
            status = history.status(name);
            versionList = versions.list(name);
            Map<Long, RunSummary> latest =
                    status.latestRuns().stream().collect(Collectors.toMap(RunSummary::monitorId, Function.identity()));
            monitorRows = versionList.stream()
                    .flatMap(version -> monitors.list(name, version.label()).stream())
                    .map(monitor -> new MonitorRow(
                            monitor, latest.get(monitor.id()), MonitorWording.progress(monitor, display::exact)))
                    .toList();
            drawHeatmap();
        } catch (ModelNotFoundException | MonitorNotFoundException | ModelValidationException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
    }

    /**
     * Draws the heatmap and the charts over time of the monitor the address names, or of the
     * model's first monitor, over the latest windows the address asks for (48 by default): drift,
     * data quality and the monitor's first performance metric.
     */
    private void drawHeatmap() {
        if (monitorRows.isEmpty()) {
            return;
        }
        var chosen = monitorRows.stream()
                .map(row -> row.monitor().id())
                .filter(id -> id.equals(heatmapMonitor))
                .findFirst()
                .orElse(monitorRows.get(0).monitor().id());
        heatmapMonitor = chosen;
        var context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        heatmap = HeatmapTable.of(history.heatmap(chosen, heatmapWindows), display::exact, context + "/column.xhtml");
        var trend = history.trend(chosen, heatmapWindows);
        driftChart = TrendCharts.drift(trend);
        qualityChart = TrendCharts.quality(trend);
        var monitor = monitors.get(chosen);
        if (monitor.performance() != null && !monitor.performance().metrics().isEmpty() && !trend.isEmpty()) {
            performanceMetric = monitor.performance().metrics().get(0);
            performanceChart = MetricChart.json(
                    performanceMetric,
                    history.metrics(chosen, performanceMetric, trend.get(0).windowStart(), null));
        }
    }

    public String getDriftChart() {
        return driftChart;
    }

    public String getQualityChart() {
        return qualityChart;
    }

    public String getPerformanceMetric() {
        return performanceMetric;
    }

    public String getPerformanceChart() {
        return performanceChart;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getHeatmapMonitor() {
        return heatmapMonitor;
    }

    public void setHeatmapMonitor(Long heatmapMonitor) {
        this.heatmapMonitor = heatmapMonitor;
    }

    public int getHeatmapWindows() {
        return heatmapWindows;
    }

    public void setHeatmapWindows(int heatmapWindows) {
        this.heatmapWindows = heatmapWindows;
    }

    /** The window counts the page offers for the heatmap. */
    public List<Integer> getWindowChoices() {
        return WINDOW_CHOICES;
    }

    public HeatmapTable getHeatmap() {
        return heatmap;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public List<VersionSummary> getVersions() {
        return versionList;
    }

    public List<MonitorRow> getMonitors() {
        return monitorRows;
    }
}
