package io.mdt.monitoring.control;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceReport;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import jakarta.json.Json;
import java.util.List;

/**
 * A window's realized performance from the actuals that arrived for it, or the sentence that
 * says why there is none: no target in the schema, nothing to compare the actuals with, or
 * fewer labelled predictions than the monitor needs for a figure that is more than noise.
 *
 * @param labelled predictions of the window that have an actual
 * @param report the metrics, or null
 * @param note why there are no metrics, or null
 */
public record RealizedPerformance(long labelled, PerformanceReport report, String note) {

    public static RealizedPerformance of(
            PerformanceSpec spec, OutputColumns outputs, List<Column> window, int minActuals) {
        if (!outputs.hasTarget()) {
            return new RealizedPerformance(0, null, "the version has no target column, so actuals cannot be measured");
        }
        var target = outputs.target(window);
        long labelled = labelled(target);
        var prediction = outputs.prediction(window);
        var scores = outputs.scores(window);
        if (prediction == null && !(spec.task() == Task.BINARY && !scores.isEmpty())) {
            return new RealizedPerformance(
                    labelled, null, "the version has no prediction column to compare the actuals with");
        }
        if (labelled < minActuals) {
            return new RealizedPerformance(
                    labelled,
                    null,
                    "too few actuals: " + labelled + " of the window's " + target.rows()
                            + " predictions have one; the monitor needs at least " + minActuals);
        }
        try {
            return new RealizedPerformance(labelled, Performance.evaluate(spec, target, prediction, scores), null);
        } catch (IllegalArgumentException unusable) {
            return new RealizedPerformance(
                    labelled, null, "the window's outputs cannot be measured: " + unusable.getMessage());
        }
    }

    /** The confusion matrix as stored with the run: {@code {"labels": [...], "matrix": [[...]]}}. */
    public String confusionMatrixJson() {
        if (report == null || report.confusionMatrix() == null) {
            return null;
        }
        var matrix = Json.createArrayBuilder();
        for (long[] row : report.confusionMatrix().matrix()) {
            var cells = Json.createArrayBuilder();
            for (long cell : row) {
                cells.add(cell);
            }
            matrix.add(cells);
        }
        return Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(report.confusionMatrix().labels()))
                .add("matrix", matrix)
                .build()
                .toString();
    }

    static long labelled(Column target) {
        long count = 0;
        if (target instanceof NumericalColumn numbers) {
            for (double value : numbers.values()) {
                if (!Double.isNaN(value)) {
                    count++;
                }
            }
            return count;
        }
        var frequencies = ((CategoricalColumn) target).frequencies();
        for (int code = 0; code < frequencies.length - 1; code++) {
            count += frequencies[code];
        }
        return count;
    }
}
