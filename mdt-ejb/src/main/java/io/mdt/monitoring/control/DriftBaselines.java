package io.mdt.monitoring.control;

import io.mdt.engine.baseline.Baseline;
import io.mdt.engine.baseline.Baselines;
import io.mdt.engine.baseline.ThresholdKind;
import io.mdt.engine.baseline.ThresholdRule;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.ColumnType;
import io.mdt.engine.drift.DriftEngine;
import io.mdt.engine.drift.DriftMethod;
import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.MonitorSettings;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drift thresholds learned from the reference: a column's score on each chunk of the
 * reference, measured against the reference without that chunk, gives the score's mean and
 * standard deviation when nothing drifted. A chunk measured against a reference that contains
 * it looks closer to it than any new window can, which would make the bounds too narrow; so
 * each chunk is left out of what it is compared with.
 *
 * <p>The learned bound is the threshold on the side where a score means drift: below for
 * p-values, above for distances. A rule that leaves that side unbounded leaves the column's
 * fixed threshold in place.
 */
@ApplicationScoped
public class DriftBaselines {

    /** Prefix of the baselines of drift scores among a monitor's stored baselines. */
    static final String PREFIX = "drift:";

    @Inject
    PerformanceBaselines store;

    /** The learned threshold of each column that has a drift rule, by column name. */
    public Map<String, Double> thresholds(
            long monitorId,
            long referenceId,
            MonitorSettings settings,
            List<SchemaColumn> columns,
            List<Column> reference,
            int chunks) {
        var learned = new HashMap<String, Double>();
        if (settings.driftThresholds().isEmpty()) {
            return learned;
        }
        var options = DriftSettings.options(settings, Map.of());
        var engine = new DriftEngine(options);
        var stored = store.stored(monitorId, referenceId);
        for (int i = 0; i < columns.size(); i++) {
            var name = columns.get(i).getName();
            var column = reference.get(i);
            var rule = rule(settings.driftThresholds(), name, column.type());
            if (rule == null) {
                continue;
            }
            var method = method(engine, column);
            if (method == null) {
                continue;
            }
            var baseline = stored.get(PREFIX + name);
            if (baseline == null) {
                baseline = measure(engine, column, chunks);
                store.save(monitorId, referenceId, PREFIX + name, baseline);
            }
            var threshold = threshold(rule, baseline, method);
            if (threshold != null) {
                learned.put(name, threshold);
            }
        }
        return learned;
    }

    private static MetricThreshold rule(Map<String, MetricThreshold> rules, String column, ColumnType type) {
        var byType = type == ColumnType.NUMERICAL ? DriftSettings.NUMERICAL : DriftSettings.CATEGORICAL;
        return rules.getOrDefault(column, rules.getOrDefault(byType, rules.get(DriftSettings.ALL)));
    }

    /** The test the engine picks for the column when compared with itself; null when it cannot be tested. */
    private static DriftMethod method(DriftEngine engine, Column column) {
        var drift = engine.compare(column, column);
        return drift.failed() ? null : DriftMethod.byName(drift.method()).orElse(null);
    }

    private static Baseline measure(DriftEngine engine, Column column, int chunks) {
        double[] scores = Baselines.leaveOneOut(column.rows(), chunks, (chunk, rest) -> {
            var drift = engine.compare(column.select(rest), column.select(chunk));
            return drift.failed() ? null : drift.score();
        });
        var baseline = Baselines.of(Double.NaN, scores);
        return new Baseline(baseline.mean(), baseline.mean(), baseline.standardDeviation(), baseline.chunks());
    }

    private static Double threshold(MetricThreshold rule, Baseline baseline, DriftMethod method) {
        boolean pValue = method.verdict().isPValue();
        var engineRule = new ThresholdRule(ThresholdKind.valueOf(rule.kind()), rule.lower(), rule.upper(), rule.k());
        var bounds = Baselines.bounds(engineRule, baseline, 0, pValue ? 1 : Double.POSITIVE_INFINITY);
        return pValue ? bounds.lower() : bounds.upper();
    }
}
