package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.monitoring.boundary.WindowComparison;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonChartTest {

    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void drawsBothVersionsOfOneMetricPerWindowWithGapsWhereItIsUndefined() {
        var windows = List.of(
                new WindowComparison(
                        START,
                        START.plusSeconds(3600),
                        120,
                        List.of(compared("accuracy", 0.71, 0.84), compared("f1", 0.5, 0.6))),
                new WindowComparison(
                        START.plusSeconds(3600),
                        START.plusSeconds(7200),
                        0,
                        List.of(compared("accuracy", null, null))));

        var chart = parse(ComparisonChart.json("accuracy", "v1", "v2", windows));

        var data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("2026-11-30 08:00");
        var first = data.getJsonArray("datasets").getJsonObject(0);
        var second = data.getJsonArray("datasets").getJsonObject(1);
        assertThat(first.getString("label")).isEqualTo("accuracy of v1");
        assertThat(second.getString("label")).isEqualTo("accuracy of v2");
        assertThat(first.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(0.71);
        assertThat(second.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(0.84);
        assertThat(first.getJsonArray("data").isNull(1)).isTrue();
        assertThat(second.getJsonArray("data").isNull(1)).isTrue();
    }

    private static MetricComparison compared(String metric, Double first, Double second) {
        var difference = first == null || second == null ? null : second - first;
        return new MetricComparison(metric, first, second, difference, null, null, false, 0, 0, null, null);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
