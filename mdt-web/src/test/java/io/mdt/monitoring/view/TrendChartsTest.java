package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.WindowTrend;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartsTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    private static final List<WindowTrend> TREND = List.of(
            new WindowTrend(1, T, T.plusSeconds(3600), 0.0, false, 0.01, null),
            new WindowTrend(2, T.plusSeconds(3600), T.plusSeconds(7200), 0.6, true, 0.25, 0.125));

    @Test
    void driftIsTheShareOfFeaturesInPercentRedWhereTheDatasetDrifted() {
        var drift = dataset(TrendCharts.drift(TREND), 0);

        assertThat(drift.getJsonArray("data").getJsonNumber(1).doubleValue()).isEqualTo(60.0);
        assertThat(drift.getJsonArray("pointBackgroundColor").getString(0)).isEqualTo(TrendCharts.DRIFT_COLOUR);
        assertThat(drift.getJsonArray("pointBackgroundColor").getString(1)).isEqualTo(TrendCharts.DATASET_DRIFT_COLOUR);
    }

    @Test
    void qualityLeavesAGapWhereNoColumnHadAFigure() {
        var chart = TrendCharts.quality(TREND);

        assertThat(dataset(chart, 0).getJsonArray("data").getJsonNumber(1).doubleValue())
                .isEqualTo(25.0);
        assertThat(dataset(chart, 1).getJsonArray("data").isNull(0)).isTrue();
        assertThat(dataset(chart, 1).getJsonArray("data").getJsonNumber(1).doubleValue())
                .isEqualTo(12.5);
    }

    private static JsonObject dataset(String chart, int index) {
        return Json.createReader(new StringReader(chart))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(index);
    }
}
