package io.mdt.monitoring.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * What the dashboard's charts over time share: one point per window, labelled by the window's
 * start in UTC, drawn without animation so a browser test reads what a user sees at once.
 */
final class LineChart {

    private static final DateTimeFormatter WINDOW =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private LineChart() {}

    /** A Chart.js line chart's configuration as JSON, with the legend below the chart. */
    static String json(List<Instant> windows, JsonArrayBuilder datasets) {
        var labels = Json.createArrayBuilder();
        windows.forEach(start -> labels.add(WINDOW.format(start)));
        return json("line", labels, datasets);
    }

    /** A Chart.js chart's configuration of any type as JSON, drawn as every dashboard chart is. */
    static String json(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString();
    }

    /** One value per point; a missing or non-finite value is null, which Chart.js draws as a gap. */
    static <T> JsonArrayBuilder numbers(List<T> points, Function<T, Double> value) {
        var array = Json.createArrayBuilder();
        for (var point : points) {
            var number = value.apply(point);
            if (number == null || number.isNaN() || number.isInfinite()) {
                array.addNull();
            } else {
                array.add(number);
            }
        }
        return array;
    }

    /** Whether some point has a finite value, so a series that would be all gaps can be left out. */
    static <T> boolean anyValue(List<T> points, Function<T, Double> value) {
        return points.stream().map(value).anyMatch(number -> number != null && Double.isFinite(number));
    }
}
