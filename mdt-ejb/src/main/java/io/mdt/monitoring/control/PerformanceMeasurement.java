package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.engine.performance.Estimate;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.EvaluationRun.PerformanceFigures;
import io.mdt.monitoring.entity.MetricResult;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Measures a window's performance as its monitor is set to: realized metrics from the actuals
 * that arrived, estimates from the reference where the monitor estimates, both judged against
 * the bounds learned from the reference.
 */
@ApplicationScoped
public class PerformanceMeasurement {

    @Inject
    PerformanceBaselines baselines;

    @Inject
    PerformanceEstimates estimates;

    /**
     * @param columns the columns read, in the order of {@code reference} and {@code window}
     * @param actualsUntil the time up to which the window's actuals were read
     */
    public PerformanceFigures measure(
            Monitor monitor,
            long referenceId,
            List<SchemaColumn> columns,
            List<Column> reference,
            List<Column> window,
            Instant actualsUntil) {
        var version = monitor.getVersion();
        var settings = monitor.settings().performance();
        var spec = version.performanceSpec();
        var outputs = OutputColumns.of(columns, version);
        var realized = RealizedPerformance.of(spec, outputs, window, settings.minActuals());
        if (!outputs.hasTarget()) {
            return new PerformanceFigures(0L, realized.note(), null, List.of(), false, actualsUntil);
        }
        var note = realized.note();
        Map<String, io.mdt.engine.baseline.Baseline> bounds;
        try {
            bounds = baselines.of(monitor.getId(), referenceId, spec, outputs, reference, settings.referenceChunks());
        } catch (IllegalArgumentException unusable) {
            bounds = Map.of();
            note = join(note, "the reference gives no bounds: " + unusable.getMessage());
        }
        Map<String, Estimate> estimated = null;
        String estimateNote = null;
        if (settings.estimate()) {
            try {
                estimated = estimates.estimate(referenceId, spec, outputs, reference, window);
            } catch (IllegalArgumentException unusable) {
                estimateNote = "not estimated: " + unusable.getMessage();
            }
        }
        var judged = MetricJudgement.judge(settings, bounds, realized, estimated, estimateNote);
        return new PerformanceFigures(
                realized.labelled(),
                note,
                realized.confusionMatrixJson(),
                judged.metrics(),
                judged.degraded(),
                actualsUntil);
    }

    /** The run's realized metrics again from its window's actuals as they are now; estimates and bounds stay. */
    public PerformanceFigures remeasure(
            EvaluationRun run, List<SchemaColumn> columns, List<Column> window, Instant actualsUntil) {
        var monitor = run.getMonitor();
        var version = monitor.getVersion();
        var settings = monitor.settings().performance();
        var outputs = OutputColumns.of(columns, version);
        var realized = RealizedPerformance.of(version.performanceSpec(), outputs, window, settings.minActuals());
        var metrics = run.getMetrics().stream()
                .map(stored -> stored.realizedAgain(MetricJudgement.remeasure(stored, realized)))
                .toList();
        boolean degraded = metrics.stream().anyMatch(PerformanceMeasurement::worse);
        return new PerformanceFigures(
                realized.labelled(), realized.note(), realized.confusionMatrixJson(), metrics, degraded, actualsUntil);
    }

    private static boolean worse(MetricResult metric) {
        return MetricJudgement.worse(metric.getMetric(), metric.getRealizedVerdict())
                || MetricJudgement.worse(metric.getMetric(), metric.getEstimatedVerdict());
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
