package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.ScorePoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreChartTest {

    private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");

    private static ScorePoint point(int hour, Double score, boolean drift) {
        var start = NINE.plusSeconds(3600L * hour);
        return new ScorePoint(hour, start, start.plusSeconds(3600), "ks", 0.05, score, drift);
    }

    private static JsonObject chart(List<ScorePoint> points) {
        return Json.createReader(new StringReader(ScoreChart.json("age", points)))
                .readObject();
    }

    @Test
    void plotsEachWindowsScoreBesideTheThresholdWithDriftedPointsInRed() {
        var chart = chart(List.of(point(0, 0.4, false), point(1, 0.001, true)));

        assertThat(chart.getString("type")).isEqualTo("line");
        var data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(JsonValue::toString))
                .containsExactly("\"2026-11-28 09:00\"", "\"2026-11-28 10:00\"");
        var score = data.getJsonArray("datasets").getJsonObject(0);
        assertThat(score.getString("label")).isEqualTo("age (ks)");
        assertThat(score.getJsonArray("data").getJsonNumber(1).doubleValue()).isEqualTo(0.001);
        assertThat(score.getJsonArray("pointBackgroundColor").getString(0)).isEqualTo(ScoreChart.SCORE_COLOUR);
        assertThat(score.getJsonArray("pointBackgroundColor").getString(1)).isEqualTo(ScoreChart.DRIFT_COLOUR);
        var threshold = data.getJsonArray("datasets").getJsonObject(1);
        assertThat(threshold.getJsonArray("data").getJsonNumber(0).doubleValue())
                .isEqualTo(0.05);
    }

    @Test
    void leavesAGapWhereAWindowHasNoFiniteScore() {
        var chart = chart(List.of(point(0, null, false), point(1, Double.NaN, false), point(2, 0.2, false)));

        var scores = chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertThat(scores.isNull(0)).isTrue();
        assertThat(scores.isNull(1)).isTrue();
        assertThat(scores.getJsonNumber(2).doubleValue()).isEqualTo(0.2);
    }

    @Test
    void anEmptyHistoryGivesAChartWithoutPoints() {
        var chart = chart(List.of());

        assertThat(chart.getJsonObject("data").getJsonArray("labels")).isEmpty();
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"))
                .isEqualTo("age");
    }
}
