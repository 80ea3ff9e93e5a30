package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ComparisonRequest;
import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.monitoring.boundary.VersionComparison;
import io.mdt.monitoring.boundary.VersionComparisons;
import io.mdt.platform.view.Display;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionNotFoundException;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Two versions of a model side by side, as {@code POST /models/{model}/comparisons} answers: each
 * metric of both on the predictions both scored, the difference with its 95% interval and whether
 * it is beyond chance, and, with a window, one metric of both in each window. The versions and
 * the range can be named in the address, so that a comparison can be linked to; times are read in
 * the user's zone.
 */
@Named
@ViewScoped
public class ComparisonView implements Serializable {

    static final String FORM = "comparisonForm";
    private static final Set<String> FIELDS = Set.of("first", "second", "from", "to", "window");

    @Inject
    VersionComparisons comparisons;

    @Inject
    ModelVersions versions;

    @Inject
    Display display;

    private String model;
    private List<String> labels;
    private String first;
    private String second;
    private LocalDateTime from;
    private LocalDateTime to;
    private String window = "";
    private VersionComparison result;
    private String chartMetric;
    private String chart;

    /** Offers the model's versions, the newest second and the one before it first, once per view. */
    public void load() {
        if (labels != null) {
            return;
        }
        if (model == null) {
            labels = List.of();
            PageMessages.warn("Which model? Open the comparison from a model's page.");
            return;
        }
        try {
            var all = new ArrayList<>(
                    versions.list(model).stream().map(VersionSummary::label).toList());
            Collections.reverse(all);
            labels = List.copyOf(all);
        } catch (ModelNotFoundException unknown) {
            labels = List.of();
            PageMessages.warn(unknown.getMessage());
            return;
        }
        if (second == null && !labels.isEmpty()) {
            second = labels.get(0);
        }
        if (first == null && !labels.isEmpty()) {
            first = labels.get(Math.min(1, labels.size() - 1));
        }
    }

    /** Compares the chosen versions; each rule the request breaks is said beside its field. */
    public void compare() {
        var zone = display.zoneId();
        try {
            result = comparisons.compare(
                    model,
                    new ComparisonRequest(
                            first,
                            second,
                            from == null ? null : from.atZone(zone).toInstant().toString(),
                            to == null ? null : to.atZone(zone).toInstant().toString(),
                            window == null || window.isBlank() ? null : window,
                            null,
                            null,
                            null));
            chartMetric =
                    result.metrics().isEmpty() ? null : result.metrics().get(0).metric();
            drawWindows();
        } catch (ModelValidationException invalid) {
            result = null;
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v.field()), v.message()));
        } catch (ModelNotFoundException | VersionNotFoundException unknown) {
            result = null;
            PageMessages.refusedBeside(FORM, unknown.getMessage());
        }
    }

    /** Charts the chosen metric in each window of the comparison. */
    public void drawWindows() {
        chart = result == null || result.windows().isEmpty() || chartMetric == null
                ? null
                : ComparisonChart.json(chartMetric, result.first(), result.second(), result.windows());
    }

    /** A metric's verdict in words: which version is better is left to the metric's meaning. */
    public String verdict(MetricComparison metric) {
        if (metric.difference() == null) {
            return "not compared: " + metric.undefinedReason();
        }
        return metric.significant() ? "significant difference" : "no significant difference";
    }

    private static String clientIdOf(String field) {
        return FIELDS.contains(field) ? FORM + ":" + field : FORM;
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<String> getMetrics() {
        return result == null
                ? List.of()
                : result.metrics().stream().map(MetricComparison::metric).toList();
    }

    public VersionComparison getResult() {
        return result;
    }

    public String getChart() {
        return chart;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public String getChartMetric() {
        return chartMetric;
    }

    public void setChartMetric(String chartMetric) {
        this.chartMetric = chartMetric;
    }
}
