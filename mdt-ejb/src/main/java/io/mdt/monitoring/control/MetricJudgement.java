package io.mdt.monitoring.control;

import io.mdt.engine.baseline.Baseline;
import io.mdt.engine.baseline.Baselines;
import io.mdt.engine.baseline.Bounds;
import io.mdt.engine.baseline.ThresholdKind;
import io.mdt.engine.baseline.ThresholdRule;
import io.mdt.engine.baseline.Verdict;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.Performance;
import io.mdt.monitoring.entity.MetricResult;
import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.PerformanceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges each metric of a window against its bounds: realized and estimated values are held
 * to the same bounds, set by the metric's threshold rule from the reference. A window is
 * degraded when a metric lies outside its bounds on the side where the model got worse (below
 * for accuracy, above for an error); a metric better than its bounds is reported, not alarmed.
 */
public final class MetricJudgement {

    /** Metrics best at a point inside their range, for which both sides of the bounds are worse. */
    private static final Set<String> TWO_SIDED = Set.of("mean_error");

    private MetricJudgement() {}

    /** The judged metrics of a window and whether any of them says the model degraded. */
    public record Judged(List<MetricResult> metrics, boolean degraded) {}

    public static Judged judge(
            PerformanceSettings settings,
            Map<String, Baseline> baselines,
            RealizedPerformance realized,
            Map<String, Estimate> estimates,
            String estimateNote) {
        var results = new ArrayList<MetricResult>();
        boolean degraded = false;
        for (var metric : settings.metrics()) {
            var rule = settings.threshold(metric);
            var baseline = baselines.get(metric);
            var bounds = bounds(metric, rule, baseline);
            var measured = measured(metric, realized, bounds);
            var estimated = estimated(metric, estimates, estimateNote, bounds);
            degraded |= worse(metric, measured.verdict()) || (estimated != null && worse(metric, estimated.verdict()));
            results.add(new MetricResult(
                    metric,
                    new MetricResult.MetricBounds(
                            baseline == null ? null : finite(baseline.referenceValue()),
                            bounds.lower(),
                            bounds.upper(),
                            rule.kind()),
                    measured,
                    estimated));
        }
        return new Judged(results, degraded);
    }

    /** A stored metric's realized part again, as late actuals change it; its bounds stay. */
    public static MetricResult.Measured remeasure(MetricResult stored, RealizedPerformance realized) {
        return measured(stored.getMetric(), realized, new Bounds(stored.getLowerBound(), stored.getUpperBound()));
    }

    /** Whether a verdict says the model got worse on this metric. */
    public static boolean worse(String metric, String verdict) {
        if (verdict == null || verdict.equals(Verdict.WITHIN.name()) || verdict.equals(Verdict.UNDEFINED.name())) {
            return false;
        }
        if (TWO_SIDED.contains(metric)) {
            return true;
        }
        return switch (Performance.direction(metric)) {
            case HIGHER_IS_BETTER -> verdict.equals(Verdict.BELOW.name());
            case LOWER_IS_BETTER -> verdict.equals(Verdict.ABOVE.name());
        };
    }

    private static Bounds bounds(String metric, MetricThreshold rule, Baseline baseline) {
        double[] range = Performance.range(metric);
        var engineRule = new ThresholdRule(ThresholdKind.valueOf(rule.kind()), rule.lower(), rule.upper(), rule.k());
        if (baseline == null) {
            baseline = new Baseline(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return Baselines.bounds(engineRule, baseline, range[0], range[1]);
    }

    private static MetricResult.Measured measured(String metric, RealizedPerformance realized, Bounds bounds) {
        if (realized.report() == null) {
            return new MetricResult.Measured(null, realized.note(), null);
        }
        var value = realized.report().metrics().get(metric);
        if (value == null) {
            return new MetricResult.Measured(null, realized.report().undefined().get(metric), null);
        }
        return new MetricResult.Measured(value, null, bounds.verdict(value).name());
    }

    private static MetricResult.Estimated estimated(
            String metric, Map<String, Estimate> estimates, String note, Bounds bounds) {
        if (estimates == null) {
            return note == null ? null : new MetricResult.Estimated(null, null, null, null, note, null);
        }
        var estimate = estimates.get(metric);
        if (estimate == null) {
            return null;
        }
        return new MetricResult.Estimated(
                estimate.value(),
                estimate.lower(),
                estimate.upper(),
                estimate.samplingError(),
                null,
                bounds.verdict(estimate.value()).name());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
