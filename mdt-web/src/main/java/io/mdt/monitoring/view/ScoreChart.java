package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ScorePoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * A column's score over time as a Chart.js line chart: the score of each window, drifted
 * windows in red, and the threshold beside it, so a reader sees how close to drifting the
 * column came and when it crossed.
 */
final class ScoreChart {

    static final String SCORE_COLOUR = "#2563eb";
    static final String DRIFT_COLOUR = "#dc2626";
    static final String THRESHOLD_COLOUR = "#9ca3af";
    private static final DateTimeFormatter WINDOW =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ScoreChart() {}

    /** The chart's configuration as JSON; an empty history gives a chart without points. */
    static String json(String column, List<ScorePoint> points) {
        var method =
                points.stream().map(ScorePoint::method).filter(m -> m != null).reduce((a, b) -> b);
        var score = Json.createObjectBuilder()
                .add("label", column + method.map(m -> " (" + m + ")").orElse(""))
                .add("data", numbers(points, ScorePoint::score))
                .add("borderColor", SCORE_COLOUR)
                .add("pointBackgroundColor", colours(points))
                .add("pointRadius", 4)
                .add("tension", 0);
        var threshold = Json.createObjectBuilder()
                .add("label", "threshold")
                .add("data", numbers(points, ScorePoint::threshold))
                .add("borderColor", THRESHOLD_COLOUR)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0);
        var labels = Json.createArrayBuilder();
        points.forEach(point -> labels.add(WINDOW.format(point.windowStart())));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder().add(score).add(threshold)))
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

    private static JsonArrayBuilder numbers(List<ScorePoint> points, Function<ScorePoint, Double> value) {
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

    private static JsonArrayBuilder colours(List<ScorePoint> points) {
        var array = Json.createArrayBuilder();
        points.forEach(point -> array.add(point.drift() ? DRIFT_COLOUR : SCORE_COLOUR));
        return array;
    }
}
