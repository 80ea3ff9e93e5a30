package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ScorePoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A column's score over time as a Chart.js line chart: the score of each window, drifted
 * windows in red, and the threshold beside it, so a reader sees how close to drifting the
 * column came and when it crossed.
 */
final class ScoreChart {

    static final String SCORE_COLOUR = "#2563eb";
    static final String DRIFT_COLOUR = "#dc2626";
    static final String THRESHOLD_COLOUR = "#9ca3af";

    private ScoreChart() {}

    /** The chart's configuration as JSON; an empty history gives a chart without points. */
    static String json(String column, List<ScorePoint> points) {
        var method =
                points.stream().map(ScorePoint::method).filter(m -> m != null).reduce((a, b) -> b);
        var score = Json.createObjectBuilder()
                .add("label", column + method.map(m -> " (" + m + ")").orElse(""))
                .add("data", LineChart.numbers(points, ScorePoint::score))
                .add("borderColor", SCORE_COLOUR)
                .add("pointBackgroundColor", colours(points))
                .add("pointRadius", 4)
                .add("tension", 0);
        var threshold = Json.createObjectBuilder()
                .add("label", "threshold")
                .add("data", LineChart.numbers(points, ScorePoint::threshold))
                .add("borderColor", THRESHOLD_COLOUR)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0);
        return LineChart.json(
                points.stream().map(ScorePoint::windowStart).toList(),
                Json.createArrayBuilder().add(score).add(threshold));
    }

    private static JsonArrayBuilder colours(List<ScorePoint> points) {
        var array = Json.createArrayBuilder();
        points.forEach(point -> array.add(point.drift() ? DRIFT_COLOUR : SCORE_COLOUR));
        return array;
    }
}
