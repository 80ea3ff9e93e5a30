package io.mdt.mlflow.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.ColumnOutcome;
import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.boundary.RunPerformance;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.monitoring.entity.ColumnVerdict;
import io.mdt.monitoring.entity.RunStatus;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunFiguresTest {

    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant END = Instant.parse("2026-11-29T11:00:00Z");

    @Test
    void driftAndPerformanceFiguresAreKeyedByMonitorAndStampedWithTheWindow() {
        var figures = RunFigures.of("hourly", detail(0.5, true, 0.81, null));

        assertThat(byKey(figures))
                .containsEntry("hourly/drift.share", 0.5)
                .containsEntry("hourly/drift.columns", 1.0)
                .containsEntry("hourly/drift.dataset", 1.0)
                .containsEntry("hourly/drift.prediction", 0.0)
                .containsEntry("hourly/rows.current", 1000.0)
                .containsEntry("hourly/drift.score.age", 0.31)
                .containsEntry("hourly/drift.score.plan_type_", 0.02)
                .containsEntry("hourly/performance.accuracy", 0.81)
                .containsEntry("hourly/performance.degraded", 0.0);
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.step()).isEqualTo(7);
            assertThat(figure.timestamp()).isEqualTo(END.toEpochMilli());
        });
    }

    @Test
    void figuresTheRunDoesNotHaveAreLeftOutNotLoggedAsZero() {
        var figures = byKey(RunFigures.of("hourly", detail(Double.NaN, null, null, 0.77)));

        assertThat(figures)
                .doesNotContainKeys(
                        "hourly/drift.share",
                        "hourly/drift.dataset",
                        "hourly/drift.target",
                        "hourly/performance.accuracy")
                .containsEntry("hourly/performance.accuracy.estimated", 0.77);
    }

    @Test
    void keysKeepOnlyWhatMlflowAcceptsAndStayBounded() {
        assertThat(RunFigures.keyPart("prix (€)/jour")).isEqualTo("prix ___/jour");
        assertThat(RunFigures.keyPart("x".repeat(400))).hasSize(125);
    }

    @Test
    void trainingMetricsAreFiguresAtStepZero() {
        var at = Instant.parse("2026-11-30T00:00:00Z");

        var figures = RunFigures.training(Map.of("auc", 0.9, "loss", Double.POSITIVE_INFINITY), at);

        assertThat(figures).containsExactly(new Figure("training/auc", 0.9, at.toEpochMilli(), 0));
    }

    private static Map<String, Double> byKey(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::key, Figure::value));
    }

    private static RunDetail detail(double share, Boolean datasetDrift, Double accuracy, Double estimate) {
        var run = new RunSummary(
                42,
                3,
                7,
                START,
                END,
                RunStatus.DONE,
                null,
                1L,
                1000L,
                5000L,
                1,
                2,
                share,
                datasetDrift,
                datasetDrift == null ? null : false,
                null,
                120L,
                START,
                END,
                false,
                400L);
        var columns = List.of(
                new ColumnOutcome("age", ColumnRole.FEATURE, ValueType.NUMERICAL, verdict(0.31)),
                new ColumnOutcome("plan(type)", ColumnRole.FEATURE, ValueType.CATEGORICAL, verdict(0.02)));
        var metric = new MetricOutcome(
                "accuracy", accuracy, null, estimate, null, null, null, null, 0.8, null, null, null, null, null, false);
        return new RunDetail(run, columns, new RunPerformance(400L, 0.4, null, false, null, List.of(metric)));
    }

    private static ColumnVerdict verdict(double score) {
        return new ColumnVerdict("ks", 0.05, score, 0.1, score < 0.05, null, 5000L, 1000L, 0.0, 0.0, 0.0, 0, 0.0);
    }
}
