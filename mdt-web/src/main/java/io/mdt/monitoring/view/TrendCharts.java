package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.WindowTrend;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The model page's charts over time, in percent per window: the share of features that drifted
 * (windows where the features drifted as a whole in red), and the shares of missing values and of
 * values outside the reference's range.
 */
final class TrendCharts {

    static final String DRIFT_COLOUR = "#2563eb";
    static final String DATASET_DRIFT_COLOUR = "#dc2626";
    static final String MISSING_COLOUR = "#7c3aed";
    static final String OUT_OF_RANGE_COLOUR = "#d97706";

    private TrendCharts() {}

    static String drift(List<WindowTrend> trend) {
        var colours = Json.createArrayBuilder();
        trend.forEach(window ->
                colours.add(Boolean.TRUE.equals(window.datasetDrift()) ? DATASET_DRIFT_COLOUR : DRIFT_COLOUR));
        var drifted = Json.createObjectBuilder()
                .add("label", "features drifted (%); red: dataset drift")
                .add("data", percent(trend, WindowTrend::driftedShare))
                .add("borderColor", DRIFT_COLOUR)
                .add("pointBackgroundColor", colours)
                .add("pointRadius", 3)
                .add("tension", 0);
        return LineChart.json(windows(trend), Json.createArrayBuilder().add(drifted));
    }

    static String quality(List<WindowTrend> trend) {
        var datasets = Json.createArrayBuilder()
                .add(series("missing values (%)", trend, WindowTrend::missingShare, MISSING_COLOUR))
                .add(series(
                        "outside the reference's range (%)", trend, WindowTrend::outOfRangeShare, OUT_OF_RANGE_COLOUR));
        return LineChart.json(windows(trend), datasets);
    }

    private static JsonObjectBuilder series(
            String label, List<WindowTrend> trend, Function<WindowTrend, Double> share, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", percent(trend, share))
                .add("borderColor", colour)
                .add("pointRadius", 2)
                .add("tension", 0);
    }

    private static JsonArrayBuilder percent(List<WindowTrend> trend, Function<WindowTrend, Double> share) {
        return LineChart.numbers(trend, window -> share.apply(window) == null ? null : 100 * share.apply(window));
    }

    private static List<Instant> windows(List<WindowTrend> trend) {
        return trend.stream().map(WindowTrend::windowStart).toList();
    }
}
