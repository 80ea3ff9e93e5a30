package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.MetricPoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * A performance metric over time as a Chart.js line chart: the value realized from actuals,
 * the value estimated without them inside its 95% band, and the bounds both are judged
 * against, so a reader sees whether the estimate foretold what the actuals later showed and
 * how close each window came to a bound. Windows found degraded have red points. A series no
 * window has (no estimates, no bound on one side) is left out rather than drawn empty.
 */
final class MetricChart {

    static final String REALIZED_COLOUR = "#2563eb";
    static final String ESTIMATED_COLOUR = "#d97706";
    static final String BAND_COLOUR = "rgba(217, 119, 6, 0.35)";
    static final String BAND_FILL = "rgba(217, 119, 6, 0.12)";
    static final String DEGRADED_COLOUR = "#dc2626";
    static final String BOUND_COLOUR = "#9ca3af";

    private MetricChart() {}

    /** The chart's configuration as JSON; an empty history gives a chart without points. */
    static String json(String metric, List<MetricPoint> points) {
        var datasets = Json.createArrayBuilder()
                .add(value(metric + " (realized)", points, MetricOutcome::realized, REALIZED_COLOUR));
        if (LineChart.anyValue(points, of(MetricOutcome::estimated))) {
            datasets.add(value(metric + " (estimated)", points, MetricOutcome::estimated, ESTIMATED_COLOUR))
                    .add(band("95% band (lower)", points, MetricOutcome::estimateLower)
                            .add("fill", false))
                    .add(band("95% band (upper)", points, MetricOutcome::estimateUpper)
                            .add("fill", "-1")
                            .add("backgroundColor", BAND_FILL));
        }
        addBound(datasets, "lower bound", points, MetricOutcome::lowerBound);
        addBound(datasets, "upper bound", points, MetricOutcome::upperBound);
        return LineChart.json(points.stream().map(MetricPoint::windowStart).toList(), datasets);
    }

    private static JsonObjectBuilder value(
            String label, List<MetricPoint> points, Function<MetricOutcome, Double> value, String colour) {
        var colours = Json.createArrayBuilder();
        points.forEach(point -> colours.add(point.value().degraded() ? DEGRADED_COLOUR : colour));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", LineChart.numbers(points, of(value)))
                .add("borderColor", colour)
                .add("pointBackgroundColor", colours)
                .add("pointBorderColor", colours)
                .add("pointRadius", 4)
                .add("tension", 0);
    }

    private static JsonObjectBuilder band(
            String label, List<MetricPoint> points, Function<MetricOutcome, Double> value) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", LineChart.numbers(points, of(value)))
                .add("borderColor", BAND_COLOUR)
                .add("borderWidth", 1)
                .add("pointRadius", 0)
                .add("tension", 0);
    }

    private static void addBound(
            JsonArrayBuilder datasets, String label, List<MetricPoint> points, Function<MetricOutcome, Double> value) {
        if (LineChart.anyValue(points, of(value))) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", label)
                    .add("data", LineChart.numbers(points, of(value)))
                    .add("borderColor", BOUND_COLOUR)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0)
                    .add("fill", false));
        }
    }

    private static Function<MetricPoint, Double> of(Function<MetricOutcome, Double> value) {
        return point -> value.apply(point.value());
    }
}
