package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.monitoring.boundary.WindowComparison;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * One metric of two versions in each compared window, as two lines: the first version (the
 * champion) in grey, the second (the challenger) in blue. A window where the metric is undefined
 * for a version is a gap in its line.
 */
final class ComparisonChart {

    static final String FIRST_COLOUR = "#6b7280";
    static final String SECOND_COLOUR = "#2563eb";

    private ComparisonChart() {}

    static String json(String metric, String first, String second, List<WindowComparison> windows) {
        var datasets = Json.createArrayBuilder()
                .add(series(metric + " of " + first, windows, metric, MetricComparison::first, FIRST_COLOUR))
                .add(series(metric + " of " + second, windows, metric, MetricComparison::second, SECOND_COLOUR));
        return LineChart.json(windows.stream().map(WindowComparison::start).toList(), datasets);
    }

    private static JsonObjectBuilder series(
            String label,
            List<WindowComparison> windows,
            String metric,
            Function<MetricComparison, Double> value,
            String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", LineChart.numbers(windows, window -> valueOf(window, metric, value)))
                .add("borderColor", colour)
                .add("pointRadius", 2)
                .add("tension", 0);
    }

    private static Double valueOf(WindowComparison window, String metric, Function<MetricComparison, Double> value) {
        return window.metrics().stream()
                .filter(compared -> compared.metric().equals(metric))
                .findFirst()
                .map(value)
                .orElse(null);
    }
}
