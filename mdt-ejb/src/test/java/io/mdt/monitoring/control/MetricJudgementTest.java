package io.mdt.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.baseline.Baseline;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceReport;
import io.mdt.engine.performance.Task;
import io.mdt.monitoring.entity.MetricResult;
import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.PerformanceSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricJudgementTest {

    private static PerformanceSettings settings(List<String> metrics, Map<String, MetricThreshold> thresholds) {
        return new PerformanceSettings(metrics, 100, 10, thresholds, true, 86_400);
    }

    private static RealizedPerformance realized(Map<String, Double> metrics) {
        return new RealizedPerformance(
                500,
                new PerformanceReport(Task.BINARY, 500, new LinkedHashMap<>(metrics), Map.of(), null, Map.of()),
                null);
    }

    @Test
    void degradesWhenAMetricFallsBelowAFixedBoundButNotWhenItImproves() {
        var judged = MetricJudgement.judge(
                settings(
                        List.of("accuracy", "log_loss"),
                        Map.of("accuracy", new MetricThreshold("FIXED", 0.8, 0.9, null))),
                Map.of(
                        "accuracy", new Baseline(0.85, 0.85, 0.01, 10),
                        "log_loss", new Baseline(0.4, 0.4, 0.02, 10)),
                realized(Map.of("accuracy", 0.95, "log_loss", 0.41)),
                Map.of("accuracy", new Estimate(0.86, 0.01, 0.84, 0.88)),
                null);

        assertThat(judged.metrics())
                .extracting(MetricResult::getRealizedVerdict)
                .containsExactly("ABOVE", "WITHIN");
        assertThat(judged.metrics().get(0).getEstimatedVerdict()).isEqualTo("WITHIN");
        assertThat(judged.metrics().get(1).getLowerBound())
                .isEqualTo(0.4 - 3 * 0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(judged.degraded()).isFalse();
    }

    @Test
    void degradesOnAnErrorAboveItsBoundsAndOnAnEstimateBelowThem() {
        var baselines =
                Map.of("accuracy", new Baseline(0.9, 0.9, 0.01, 10), "log_loss", new Baseline(0.3, 0.3, 0.01, 10));
        var rules = Map.of("*", new MetricThreshold("RELATIVE", 0.05, 0.05, null));

        var worseLoss = MetricJudgement.judge(
                settings(List.of("accuracy", "log_loss"), rules),
                baselines,
                realized(Map.of("accuracy", 0.9, "log_loss", 0.5)),
                null,
                null);
        var worseEstimate = MetricJudgement.judge(
                settings(List.of("accuracy"), rules),
                baselines,
                new RealizedPerformance(3, null, "too few actuals"),
                Map.of("accuracy", new Estimate(0.8, 0.01, 0.78, 0.82)),
                null);

        assertThat(worseLoss.degraded()).isTrue();
        assertThat(worseLoss.metrics().get(1).getUpperBound())
                .isCloseTo(0.315, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(worseEstimate.degraded()).isTrue();
        assertThat(worseEstimate.metrics().get(0).getRealizedReason()).isEqualTo("too few actuals");
        assertThat(worseEstimate.metrics().get(0).getEstimatedVerdict()).isEqualTo("BELOW");
    }

    @Test
    void holdsABiasToBothSides() {
        assertThat(MetricJudgement.worse("mean_error", "BELOW")).isTrue();
        assertThat(MetricJudgement.worse("mean_error", "ABOVE")).isTrue();
        assertThat(MetricJudgement.worse("mae", "BELOW")).isFalse();
        assertThat(MetricJudgement.worse("r2", "BELOW")).isTrue();
        assertThat(MetricJudgement.worse("r2", "WITHIN")).isFalse();
    }
}
