package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.ConfusionMatrixSummary;
import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.boundary.RunPerformance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunFindingsTest {

    private static MetricOutcome accuracy(
            Double realized, String reason, Double lower, Double upper, boolean degraded) {
        return new MetricOutcome(
                "accuracy",
                realized,
                reason,
                0.8312,
                0.8101,
                0.8523,
                0.0107,
                null,
                0.84,
                lower,
                upper,
                "STANDARD_DEVIATION",
                realized == null ? null : "BELOW",
                "WITHIN",
                degraded);
    }

    private static RunFindings findings(RunPerformance performance) {
        return RunFindings.of(new RunDetail(null, List.of(), performance));
    }

    @Test
    void wordsEachMetricWithItsEstimateBandAndBounds() {
        var row = new MetricRow(accuracy(0.79, null, 0.8, null, true));

        assertThat(row.realized()).isEqualTo("0.7900");
        assertThat(row.estimate()).isEqualTo("0.8312 [0.8101, 0.8523]");
        assertThat(row.reference()).isEqualTo("0.8400");
        assertThat(row.bounds()).isEqualTo("at least 0.8000 (standard deviation)");
        assertThat(row.realizedVerdict()).isEqualTo("BELOW");
        assertThat(row.degraded()).isTrue();
        assertThat(new MetricRow(accuracy(0.79, null, 0.8, 0.9, false)).bounds())
                .isEqualTo("0.8000 to 0.9000 (standard deviation)");
        assertThat(new MetricRow(accuracy(0.79, null, null, 0.9, false)).bounds())
                .isEqualTo("at most 0.9000 (standard deviation)");
        assertThat(new MetricRow(accuracy(0.79, null, null, null, false)).bounds())
                .isEqualTo("none");
    }

    @Test
    void givesTheReasonWhereAMetricHasNoValue() {
        var row = new MetricRow(accuracy(null, "too few actuals: 12 of 100", null, null, false));
        var unestimated = new MetricRow(new MetricOutcome(
                "f1", 0.5, null, null, null, null, null, null, null, null, null, null, "WITHIN", null, false));

        assertThat(row.realized()).isEqualTo("too few actuals: 12 of 100");
        assertThat(row.realizedVerdict()).isEmpty();
        assertThat(unestimated.estimate()).isEqualTo("not estimated");
        assertThat(unestimated.reference()).isEmpty();
    }

    @Test
    void laysOutTheConfusionMatrixARowPerActualClass() {
        var matrix = new ConfusionMatrixSummary(List.of("0", "1"), List.of(List.of(400L, 90L), List.of(110L, 400L)));
        var findings = findings(new RunPerformance(1000L, 1.0, null, false, matrix, List.of()));

        assertThat(findings.classes()).containsExactly("0", "1");
        assertThat(findings.matrix())
                .containsExactly(new MatrixRow("0", List.of(400L, 90L)), new MatrixRow("1", List.of(110L, 400L)));
        assertThat(findings.labelled()).isEqualTo("1000 of the window's predictions have an actual (100.0%).");
    }

    @Test
    void saysSoWhenTheWindowHadNoActualsOrNoPerformanceWasMeasured() {
        var unlabelled = findings(new RunPerformance(0L, 0.0, "too few actuals", null, null, List.of()));
        var unmeasured = findings(new RunPerformance(null, null, null, null, null, List.of()));

        assertThat(unlabelled.matrix()).isEmpty();
        assertThat(unlabelled.note()).isEqualTo("too few actuals");
        assertThat(unlabelled.labelled()).isEqualTo("0 of the window's predictions have an actual (0.0%).");
        assertThat(unmeasured.labelled()).isEqualTo("Performance was not measured in this window.");
    }
}
