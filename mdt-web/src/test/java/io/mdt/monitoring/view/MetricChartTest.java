package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.MetricPoint;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricChartTest {

    private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");

    private static MetricPoint point(
            int hour, Double realized, Double estimated, Double lowerBound, Double upperBound, boolean degraded) {
        var start = NINE.plusSeconds(3600L * hour);
        var value = new MetricOutcome(
                "accuracy",
                realized,
                realized == null ? "too few actuals: 0 of 100" : null,
                estimated,
                estimated == null ? null : estimated - 0.02,
                estimated == null ? null : estimated + 0.02,
                estimated == null ? null : 0.01,
                null,
                0.85,
                lowerBound,
                upperBound,
                "RELATIVE",
                null,
                null,
                degraded);
        return new MetricPoint(hour, start, start.plusSeconds(3600), realized == null ? 0L : 1000L, value);
    }

    private static Map<String, JsonObject> datasets(List<MetricPoint> points) {
        var chart = Json.createReader(new StringReader(MetricChart.json("accuracy", points)))
                .readObject();
        assertThat(chart.getString("type")).isEqualTo("line");
        return chart.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("label"), Function.identity()));
    }

    private static List<String> labels(List<MetricPoint> points) {
        return Json.createReader(new StringReader(MetricChart.json("accuracy", points)))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(d -> d.getString("label"))
                .toList();
    }

    private static List<Double> values(JsonObject dataset) {
        var data = dataset.getJsonArray("data");
        return IntStream.range(0, data.size())
                .mapToObj(i -> data.isNull(i) ? null : data.getJsonNumber(i).doubleValue())
                .toList();
    }

    @Test
    void plotsRealizedAndEstimatedValuesInTheEstimatesBandBetweenTheBounds() {
        var points = List.of(point(0, 0.84, 0.85, 0.8, 0.9, false), point(1, null, 0.83, 0.8, 0.9, false));

        assertThat(labels(points))
                .containsExactly(
                        "accuracy (realized)",
                        "accuracy (estimated)",
                        "95% band (lower)",
                        "95% band (upper)",
                        "lower bound",
                        "upper bound");
        var datasets = datasets(points);
        assertThat(values(datasets.get("accuracy (realized)"))).containsExactly(0.84, null);
        assertThat(values(datasets.get("accuracy (estimated)"))).containsExactly(0.85, 0.83);
        assertThat(values(datasets.get("95% band (lower)")).get(1)).isCloseTo(0.81, within(1e-12));
        assertThat(values(datasets.get("95% band (upper)")).get(1)).isCloseTo(0.85, within(1e-12));
        assertThat(datasets.get("95% band (upper)").getString("fill")).isEqualTo("-1");
        assertThat(datasets.get("95% band (lower)").getBoolean("fill")).isFalse();
        assertThat(values(datasets.get("lower bound"))).containsExactly(0.8, 0.8);
        assertThat(datasets.get("upper bound").getJsonArray("borderDash")).isNotEmpty();
    }

    @Test
    void drawsTheWindowsFoundDegradedInRed() {
        var datasets = datasets(List.of(point(0, 0.84, 0.85, 0.8, null, false), point(1, 0.7, 0.72, 0.8, null, true)));

        for (var label : List.of("accuracy (realized)", "accuracy (estimated)")) {
            assertThat(colours(datasets.get(label).getJsonArray("pointBackgroundColor")))
                    .containsExactly(
                            label.contains("realized") ? MetricChart.REALIZED_COLOUR : MetricChart.ESTIMATED_COLOUR,
                            MetricChart.DEGRADED_COLOUR);
        }
    }

    @Test
    void leavesOutTheSideWithoutABoundAndTheBandWithoutEstimates() {
        var points = List.of(point(0, 0.84, null, 0.8, null, false), point(1, 0.82, null, 0.8, null, false));

        assertThat(labels(points)).containsExactly("accuracy (realized)", "lower bound");
    }

    @Test
    void anEmptyHistoryGivesAChartWithoutPoints() {
        var chart = Json.createReader(new StringReader(MetricChart.json("accuracy", List.of())))
                .readObject();

        assertThat(chart.getJsonObject("data").getJsonArray("labels")).isEmpty();
        assertThat(labels(List.of())).containsExactly("accuracy (realized)");
    }

    private static List<String> colours(JsonArray colours) {
        return colours.getValuesAs(JsonString::getString);
    }
}
