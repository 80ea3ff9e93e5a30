package io.mdt.mlflow.control;

import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The figures of one evaluation run as MLflow metrics, each key prefixed with the monitor's name
 * ({@code hourly/drift.share}) since one MLflow run collects every monitor of a version: the
 * share and count of drifted columns and the dataset, prediction and target verdicts (1 or 0),
 * each column's drift score, every realized and estimated performance metric and whether the
 * model was degraded. Figures the run does not have (no target, too few actuals) are left out,
 * never logged as zero.
 */
public final class RunFigures {

    /** The characters MLflow accepts in a metric key; anything else becomes {@code _}. */
    private static final Pattern NOT_IN_KEY = Pattern.compile("[^A-Za-z0-9_.\\- /]");

    private static final int MAX_KEY = 250;

    private final String prefix;
    private final long timestamp;
    private final long step;
    private final List<Figure> figures = new ArrayList<>();

    private RunFigures(String monitor, long timestamp, long step) {
        this.prefix = keyPart(monitor) + "/";
        this.timestamp = timestamp;
        this.step = step;
    }

    public static List<Figure> of(String monitor, RunDetail detail) {
        var run = detail.run();
        var end = run.windowEnd() != null ? run.windowEnd() : run.finished();
        var figures = new RunFigures(monitor, end == null ? 0 : end.toEpochMilli(), run.windowIndex());
        figures.add("drift.share", run.share());
        figures.add(
                "drift.columns", run.drifted() == null ? null : run.drifted().doubleValue());
        figures.add("drift.dataset", run.datasetDrift());
        figures.add("drift.prediction", run.predictionDrift());
        figures.add("drift.target", run.targetDrift());
        figures.add(
                "rows.current",
                run.currentRows() == null ? null : run.currentRows().doubleValue());
        for (var column : detail.columns()) {
            figures.add(
                    "drift.score." + keyPart(column.column()), column.result().score());
        }
        var performance = detail.performance();
        if (performance != null) {
            figures.add(
                    "rows.labelled",
                    performance.labelledRows() == null
                            ? null
                            : performance.labelledRows().doubleValue());
            figures.add("performance.degraded", performance.degraded());
            for (MetricOutcome metric : performance.metrics()) {
                figures.add("performance." + keyPart(metric.metric()), metric.realized());
                figures.add("performance." + keyPart(metric.metric()) + ".estimated", metric.estimated());
            }
        }
        return List.copyOf(figures.figures);
    }

    /**
     * A training's metrics as figures {@code training/<name>} at step 0, beside the evaluations'
     * figures in the version's run; non-finite values are left out.
     */
    public static List<Figure> training(Map<String, Double> metrics, Instant at) {
        var figures = new RunFigures("training", at.toEpochMilli(), 0);
        new TreeMap<>(metrics).forEach((name, value) -> figures.add(keyPart(name), value));
        return List.copyOf(figures.figures);
    }

    /** Text made fit for a metric key: characters MLflow refuses replaced, cut to a bounded length. */
    static String keyPart(String text) {
        var part = NOT_IN_KEY.matcher(text).replaceAll("_");
        return part.length() > MAX_KEY / 2 ? part.substring(0, MAX_KEY / 2) : part;
    }

    private void add(String key, Boolean verdict) {
        if (verdict != null) {
            add(key, verdict ? 1.0 : 0.0);
        }
    }

    private void add(String key, Double value) {
        if (value != null && Double.isFinite(value)) {
            figures.add(new Figure(prefix + key, value, timestamp, step));
        }
    }
}
