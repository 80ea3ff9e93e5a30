package io.mdt.monitoring.control;

import io.mdt.engine.comparison.Difference;
import io.mdt.engine.comparison.IndependentBootstrap;
import io.mdt.engine.comparison.McNemar;
import io.mdt.engine.comparison.MetricsOnRows;
import io.mdt.engine.comparison.PairedBootstrap;
import io.mdt.engine.performance.LabelledOutputs;
import io.mdt.engine.performance.PerformanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the metrics of two models on their labelled rows, without a database: paired when both
 * scored the same rows (row {@code i} of one is row {@code i} of the other), independent when they
 * scored different rows (two periods).
 *
 * <p>Cost bounds the resamples. A metric of labels only (accuracy, precision, MCC, MAE, ...) is one
 * pass over a resample, so it gets {@value #RESAMPLES} of them; a score-based one (ROC AUC, average
 * precision, log loss, Brier) sorts or takes logarithms of every row, about ten times the cost, so it
 * gets {@value #SCORE_RESAMPLES}, enough for a 95% percentile interval whose ends move by a few
 * hundredths of its width between seeds. A window of a breakdown gets {@value #WINDOW_RESAMPLES} and
 * {@value #WINDOW_SCORE_RESAMPLES}: the windows together have as many rows as the whole range, so the
 * breakdown costs at most as much again as the overall comparison. Each {@link Difference} reports the
 * resamples it used. The engine caps a resample at 100,000 rows, so the cost does not grow beyond that.
 */
public final class PerformanceComparison {

    static final int RESAMPLES = 1_000;
    static final int SCORE_RESAMPLES = 200;
    static final int WINDOW_RESAMPLES = 200;
    static final int WINDOW_SCORE_RESAMPLES = 100;
    static final String NO_ROWS = "there is no labelled prediction to compare";

    private PerformanceComparison() {}

    /** Both models on all their (paired) rows. */
    public static List<ComparedMetric> paired(LabelledOutputs first, LabelledOutputs second, List<String> metrics) {
        return paired(first, second, metrics, allRows(first.size()), RESAMPLES, SCORE_RESAMPLES);
    }

    /** Both models on the paired rows of one window, with the window's resamples. */
    public static List<ComparedMetric> window(
            LabelledOutputs first, LabelledOutputs second, List<String> metrics, int[] rows) {
        return paired(first, second, metrics, rows, WINDOW_RESAMPLES, WINDOW_SCORE_RESAMPLES);
    }

    /** Two independent samples, such as two periods of one version: no pairing and so no McNemar. */
    public static List<ComparedMetric> independent(
            LabelledOutputs first, LabelledOutputs second, List<String> metrics) {
        if (first.size() == 0 || second.size() == 0) {
            return undefined(metrics);
        }
        return combine(
                metrics,
                first.evaluate(allRows(first.size()), true),
                second.evaluate(allRows(second.size()), true),
                (names, scored, resamples) -> IndependentBootstrap.compare(
                        first.size(),
                        on(first, null, scored),
                        second.size(),
                        on(second, null, scored),
                        names,
                        resamples,
                        PairedBootstrap.DEFAULT_SEED),
                null,
                RESAMPLES,
                SCORE_RESAMPLES);
    }

    private static List<ComparedMetric> paired(
            LabelledOutputs first,
            LabelledOutputs second,
            List<String> metrics,
            int[] rows,
            int resamples,
            int scoreResamples) {
        if (rows.length == 0) {
            return undefined(metrics);
        }
        boolean[] firstCorrect = first.correct();
        McNemar mcnemar = firstCorrect == null || !metrics.contains("accuracy")
                ? null
                : McNemar.of(pick(firstCorrect, rows), pick(second.correct(), rows));
        return combine(
                metrics,
                first.evaluate(rows, true),
                second.evaluate(rows, true),
                (names, scored, count) -> PairedBootstrap.compare(
                        rows.length,
                        on(first, rows, scored),
                        on(second, rows, scored),
                        names,
                        count,
                        PairedBootstrap.DEFAULT_SEED),
                mcnemar,
                resamples,
                scoreResamples);
    }

    /** A bootstrap of the named metrics, with or without scores, on that many resamples. */
    @FunctionalInterface
    private interface Bootstrap {
        Map<String, Difference> run(List<String> metrics, boolean scored, int resamples);
    }

    private static List<ComparedMetric> combine(
            List<String> metrics,
            PerformanceReport first,
            PerformanceReport second,
            Bootstrap bootstrap,
            McNemar mcnemar,
            int resamples,
            int scoreResamples) {
        var labelOnly =
                metrics.stream().filter(m -> !LabelledOutputs.scoreBased(m)).toList();
        var scoreBased = metrics.stream().filter(LabelledOutputs::scoreBased).toList();
        var differences = new java.util.HashMap<String, Difference>();
        if (!labelOnly.isEmpty()) {
            differences.putAll(bootstrap.run(labelOnly, false, resamples));
        }
        if (!scoreBased.isEmpty()) {
            differences.putAll(bootstrap.run(scoreBased, true, scoreResamples));
        }
        var compared = new ArrayList<ComparedMetric>();
        for (String metric : metrics) {
            var difference = differences.get(metric);
            compared.add(new ComparedMetric(
                    metric,
                    difference,
                    metric.equals("accuracy") ? mcnemar : null,
                    reason(metric, difference, first, second)));
        }
        return compared;
    }

    private static String reason(
            String metric, Difference difference, PerformanceReport first, PerformanceReport second) {
        var reasons = new ArrayList<String>();
        if (first.undefined().containsKey(metric)) {
            reasons.add("first: " + first.undefined().get(metric));
        }
        if (second.undefined().containsKey(metric)) {
            reasons.add("second: " + second.undefined().get(metric));
        }
        if (reasons.isEmpty() && Double.isNaN(difference.lower())) {
            reasons.add("undefined on every resample");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private static List<ComparedMetric> undefined(List<String> metrics) {
        return metrics.stream()
                .map(m -> new ComparedMetric(m, null, null, NO_ROWS))
                .toList();
    }

    /** The model's metrics on resampled positions of {@code rows} (all rows when null). */
    private static MetricsOnRows on(LabelledOutputs outputs, int[] rows, boolean scored) {
        if (rows == null) {
            return indices -> outputs.evaluate(indices, scored).metrics();
        }
        return indices -> {
            int[] mapped = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                mapped[i] = rows[indices[i]];
            }
            return outputs.evaluate(mapped, scored).metrics();
        };
    }

    private static boolean[] pick(boolean[] values, int[] rows) {
        boolean[] picked = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }

    static int[] allRows(int rows) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        return all;
    }
}
