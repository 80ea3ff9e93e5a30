package io.mdt.monitoring.control;

import io.mdt.engine.baseline.Baseline;
import io.mdt.engine.baseline.Baselines;
import io.mdt.engine.baseline.ReferenceChunks;
import io.mdt.engine.data.Column;
import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each metric varies by chance, learned once per monitor and reference dataset: the
 * metric on the whole reference, and its mean and standard deviation over the reference's
 * chunks. Stored, since a reference does not change and cutting it into chunks costs as much
 * as several evaluations; {@link DriftBaselines} keeps the drift scores' beside them.
 */
@ApplicationScoped
public class PerformanceBaselines {

    @PersistenceContext
    EntityManager em;

    /** The baselines by metric; computed and stored on first use. */
    public Map<String, Baseline> of(
            long monitorId,
            long referenceId,
            PerformanceSpec spec,
            OutputColumns outputs,
            List<Column> reference,
            int chunks) {
        var stored = stored(monitorId, referenceId);
        stored.keySet().removeIf(key -> key.startsWith(DriftBaselines.PREFIX));
        if (!stored.isEmpty()) {
            return stored;
        }
        var computed = compute(spec, outputs, reference, chunks);
        computed.forEach((metric, baseline) -> save(monitorId, referenceId, metric, baseline));
        return computed;
    }

    /**
     * Stores one baseline; a concurrent evaluation that stored it first wins. The casts type the
     * figures a reference leaves undefined, which are bound as untyped nulls.
     */
    void save(long monitorId, long referenceId, String key, Baseline baseline) {
        em.createNativeQuery("INSERT INTO performance_baseline (monitor_id, reference_id, metric, reference_value,"
                        + " chunk_mean, chunk_std, chunks) VALUES (?1, ?2, ?3, CAST(?4 AS double precision),"
                        + " CAST(?5 AS double precision), CAST(?6 AS double precision), ?7) ON CONFLICT DO NOTHING")
                .setParameter(1, monitorId)
                .setParameter(2, referenceId)
                .setParameter(3, key)
                .setParameter(4, finiteOrNull(baseline.referenceValue()))
                .setParameter(5, finiteOrNull(baseline.mean()))
                .setParameter(6, finiteOrNull(baseline.standardDeviation()))
                .setParameter(7, baseline.chunks())
                .executeUpdate();
    }

    /** Forgets a monitor's baselines, as a change of its chunking or metrics requires. */
    public void forget(long monitorId) {
        em.createNativeQuery("DELETE FROM performance_baseline WHERE monitor_id = ?1")
                .setParameter(1, monitorId)
                .executeUpdate();
    }

    /** Every baseline stored for the monitor and reference: metrics by name, drift scores by {@code drift:column}. */
    Map<String, Baseline> stored(long monitorId, long referenceId) {
        var baselines = new HashMap<String, Baseline>();
        List<?> rows = em.createNativeQuery(
                        "SELECT metric, reference_value, chunk_mean, chunk_std, chunks FROM performance_baseline"
                                + " WHERE monitor_id = ?1 AND reference_id = ?2")
                .setParameter(1, monitorId)
                .setParameter(2, referenceId)
                .getResultList();
        for (var row : rows) {
            var cells = (Object[]) row;
            baselines.put(
                    (String) cells[0],
                    new Baseline(number(cells[1]), number(cells[2]), number(cells[3]), ((Number) cells[4]).intValue()));
        }
        return baselines;
    }

    /**
     * The realized metrics of the whole reference and of each of its chunks. A realized metric
     * of a chunk depends on the chunk alone, so no chunk is measured against a reference that
     * contains it.
     */
    static Map<String, Baseline> compute(
            PerformanceSpec spec, OutputColumns outputs, List<Column> reference, int chunks) {
        var whole = Performance.evaluate(
                spec, outputs.target(reference), outputs.prediction(reference), outputs.scores(reference));
        var split = ReferenceChunks.split(reference.get(0).rows(), chunks);
        var values = new HashMap<String, double[]>();
        for (int c = 0; c < split.size(); c++) {
            var rows = split.get(c).rows();
            var chunk = OutputColumns.select(reference, rows);
            Map<String, Double> metrics;
            try {
                metrics = Performance.evaluate(
                                spec, outputs.target(chunk), outputs.prediction(chunk), outputs.scores(chunk))
                        .metrics();
            } catch (IllegalArgumentException unmeasurable) {
                metrics = Map.of();
            }
            for (var metric : whole.metrics().keySet()) {
                var value = metrics.get(metric);
                values.computeIfAbsent(metric, m -> new double[split.size()])[c] = value == null ? Double.NaN : value;
            }
        }
        var baselines = new HashMap<String, Baseline>();
        whole.metrics()
                .forEach((metric, value) ->
                        baselines.put(metric, Baselines.of(value == null ? Double.NaN : value, values.get(metric))));
        return baselines;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double number(Object cell) {
        return cell == null ? Double.NaN : ((Number) cell).doubleValue();
    }
}
