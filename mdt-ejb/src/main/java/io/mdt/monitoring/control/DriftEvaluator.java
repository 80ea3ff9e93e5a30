package io.mdt.monitoring.control;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.drift.DriftEngine;
import io.mdt.engine.drift.DriftOptions;
import io.mdt.engine.report.ColumnDistribution;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.monitoring.entity.ColumnResult;
import io.mdt.monitoring.entity.ColumnVerdict;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a window with the reference through the engine: the features together, since
 * dataset drift is their verdict; the prediction, its scores and the target each on its own.
 * A target without any actual in the window is left out rather than reported as an error.
 */
public final class DriftEvaluator {

    private DriftEvaluator() {}

    /**
     * The per-column results, the distributions they were computed on by column name, and the
     * dataset verdict over the features.
     */
    public record Outcome(
            List<ColumnResult> columns,
            Map<String, ColumnDistribution> distributions,
            int drifted,
            int total,
            boolean datasetDrift) {}

    public static Outcome evaluate(
            List<SchemaColumn> schema, List<Column> reference, List<Column> current, DriftOptions options) {
        var engine = new DriftEngine(options);
        var features = new ArrayList<Integer>();
        var results = new ArrayList<ColumnResult>();
        var distributions = new HashMap<String, ColumnDistribution>();
        for (int i = 0; i < schema.size(); i++) {
            if (schema.get(i).getRole() == ColumnRole.FEATURE) {
                features.add(i);
            }
        }
        var report = engine.compare(
                features.stream().map(reference::get).toList(),
                features.stream().map(current::get).toList());
        for (int i = 0; i < features.size(); i++) {
            var drift = report.columns().get(i);
            results.add(result(schema.get(features.get(i)), drift));
            keep(distributions, drift);
        }
        for (int i = 0; i < schema.size(); i++) {
            var column = schema.get(i);
            if (column.getRole() != ColumnRole.FEATURE
                    && !(column.getRole() == ColumnRole.TARGET && empty(current.get(i)))) {
                var drift = engine.compare(reference.get(i), current.get(i));
                results.add(result(column, drift));
                keep(distributions, drift);
            }
        }
        return new Outcome(results, distributions, report.drifted(), report.total(), report.datasetDrift());
    }

    private static void keep(Map<String, ColumnDistribution> distributions, ColumnDrift drift) {
        if (drift.distribution() != null) {
            distributions.put(drift.column(), drift.distribution());
        }
    }

    private static boolean empty(Column column) {
        if (column instanceof NumericalColumn numbers) {
            for (double value : numbers.values()) {
                if (!Double.isNaN(value)) {
                    return false;
                }
            }
            return true;
        }
        var frequencies = ((CategoricalColumn) column).frequencies();
        for (int code = 0; code < frequencies.length - 1; code++) {
            if (frequencies[code] > 0) {
                return false;
            }
        }
        return true;
    }

    private static ColumnResult result(SchemaColumn column, ColumnDrift drift) {
        var quality = drift.quality();
        var verdict = new ColumnVerdict(
                drift.method(),
                drift.threshold(),
                drift.score(),
                drift.statistic(),
                drift.drift(),
                drift.error(),
                drift.reference() == null ? null : drift.reference().count(),
                drift.current() == null ? null : drift.current().count(),
                quality == null ? null : quality.referenceMissingShare(),
                quality == null ? null : quality.currentMissingShare(),
                quality == null ? null : quality.outOfRangeShare(),
                quality == null ? null : quality.unseenCategories(),
                quality == null ? null : quality.unseenShare());
        return new ColumnResult(column.getName(), column.getRole(), column.getType(), verdict);
    }
}
